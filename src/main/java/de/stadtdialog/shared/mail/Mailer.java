package de.stadtdialog.shared.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mail over SMTP. When no SMTP server is configured (a fresh demo install), the
 * message is written to the log instead, so a newcomer can still open confirmation links.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final boolean configured;

    public Mailer(ObjectProvider<JavaMailSender> sender, @Value("${stadtdialog.mail.from}") String from,
            @Value("${spring.mail.host:}") String host) {
        this.sender = sender;
        this.from = from;
        this.configured = !host.isBlank();
    }

    public void send(String to, String subject, String text) {
        JavaMailSender smtp = configured ? sender.getIfAvailable() : null;
        if (smtp == null) {
            log.info("No SMTP server configured; mail to {} not sent.\nSubject: {}\n\n{}", to, subject, text);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            smtp.send(message);
        } catch (MailException e) {
            // The action that triggered the mail has been saved; the user can ask for the mail again.
            log.error("Sending mail '{}' to {} failed: {}", subject, to, e.getMessage());
        }
    }
}
