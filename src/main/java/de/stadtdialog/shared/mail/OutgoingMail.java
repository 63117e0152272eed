package de.stadtdialog.shared.mail;

/**
 * A plain-text mail to one person.
 *
 * @param unsubscribeUrl where one click stops mails of this kind (sent as List-Unsubscribe), or null
 *                       for mails the person asked for, such as a confirmation link
 */
public record OutgoingMail(String to, String subject, String text, String unsubscribeUrl) {

    public OutgoingMail(String to, String subject, String text) {
        this(to, subject, text, null);
    }
}
