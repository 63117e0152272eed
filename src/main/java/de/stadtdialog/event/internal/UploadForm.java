package de.stadtdialog.event.internal;

import org.springframework.web.multipart.MultipartFile;

/** A document or photo upload; the title is a photo's alternative text. */
public class UploadForm {
    public String title = "";
    public String kind = "DOCUMENT";
    public MultipartFile file;
}
