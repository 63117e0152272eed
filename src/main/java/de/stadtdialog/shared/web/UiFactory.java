package de.stadtdialog.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

@Component
public class UiFactory {

    private final MessageSource messages;
    private final PlatformSettings settings;
    private final ObjectProvider<StaffDirectory> staffDirectory;
    private final ObjectProvider<Inbox> inbox;
    private final de.stadtdialog.shared.spam.FormStamps stamps;

    UiFactory(MessageSource messages, PlatformSettings settings, ObjectProvider<StaffDirectory> staffDirectory,
            ObjectProvider<Inbox> inbox, de.stadtdialog.shared.spam.FormStamps stamps) {
        this.stamps = stamps;
        this.messages = messages;
        this.settings = settings;
        this.staffDirectory = staffDirectory;
        this.inbox = inbox;
    }

    /** For code that renders inside a request without being handed it, such as a format's part of a page. */
    public Ui forCurrentRequest() {
        return create(((org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()).getRequest());
    }

    public Ui create(HttpServletRequest request) {
        SignedInUser user = currentUser();
        java.util.function.BooleanSupplier staff = () -> {
            StaffDirectory directory = staffDirectory.getIfAvailable();
            return user != null && directory != null && directory.isStaff(user.id());
        };
        Inbox notifications = user == null ? null : inbox.getIfAvailable();
        java.util.function.LongSupplier unread = user == null || notifications == null ? () -> 0
                : () -> notifications.unread(user.id());
        request.setAttribute(de.stadtdialog.shared.spam.FormStamps.ATTRIBUTE, stamps.issue());
        return new Ui(request, messages, RequestContextUtils.getLocale(request), user, staff, settings, unread);
    }

    private static SignedInUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof SignedInUser user ? user : null;
    }
}
