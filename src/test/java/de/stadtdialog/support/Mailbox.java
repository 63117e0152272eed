package de.stadtdialog.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

/** Reads what the application sent to the test SMTP server. */
public class Mailbox {

    private static final Pattern LINK = Pattern.compile("http://localhost(/\\S+)");

    private final GreenMail greenMail;

    Mailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public record Mail(String subject, String body) {

        /** The path of the first link to this installation, e.g. {@code /konto/bestaetigen?token=...}. */
        public String link() {
            Matcher matcher = LINK.matcher(body);
            if (!matcher.find()) {
                throw new AssertionError("No link in mail: " + body);
            }
            return matcher.group(1);
        }
    }

    public List<Mail> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> recipients(message).contains(address.toLowerCase()))
                .map(Mailbox::read)
                .toList();
    }

    /** How many mails each address received, counted in one pass for tests that send thousands. */
    public java.util.Map<String, Long> countsPerAddress() {
        return Arrays.stream(greenMail.getReceivedMessages()).collect(java.util.stream.Collectors.groupingBy(
                message -> recipients(message).replaceAll("[\\[\\]]", ""), java.util.stream.Collectors.counting()));
    }

    /** The messages as received, with their headers. */
    public List<MimeMessage> raw(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> recipients(message).contains(address.toLowerCase())).toList();
    }

    /** The newest mail to the address; waits briefly because delivery is a network round trip. */
    public Mail latestTo(String address) {
        return latestTo(address, "");
    }

    /** The newest mail to the address whose subject contains the text. */
    public Mail latestTo(String address, String subject) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (Instant.now().isBefore(deadline)) {
            List<Mail> mails = to(address).stream().filter(mail -> mail.subject().contains(subject)).toList();
            if (!mails.isEmpty()) {
                return mails.get(mails.size() - 1);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("No mail arrived for " + address);
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO)).toLowerCase();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(message.getSubject(), String.valueOf(message.getContent()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
