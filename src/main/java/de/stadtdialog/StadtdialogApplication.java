package de.stadtdialog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StadtdialogApplication {

    public static void main(String[] args) {
        SpringApplication.run(StadtdialogApplication.class, args);
    }
}
