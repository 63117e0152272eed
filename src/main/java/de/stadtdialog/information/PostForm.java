package de.stadtdialog.information;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

public class PostForm {

    @NotBlank
    @Size(max = 160)
    public String title = "";

    @NotBlank
    @Size(max = 20000)
    public String bodyMd = "";

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    public LocalDate publishedOn;
}
