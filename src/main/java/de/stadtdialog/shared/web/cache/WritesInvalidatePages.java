package de.stadtdialog.shared.web.cache;

import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Every committed transaction of the platform's own services that changed data counts as a change of
 * what readers may see, whether a request or a scheduled job made it. Transactions of infrastructure
 * (sessions, the mail outbox) change nothing a reader sees and do not count.
 */
@Component
class WritesInvalidatePages implements TransactionExecutionListener {

    private final PublicPageCache cache;

    WritesInvalidatePages(PublicPageCache cache) {
        this.cache = cache;
    }

    @Override
    public void afterBegin(TransactionExecution transaction, Throwable failure) {
        WriteTracking.reset();
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable failure) {
        String name = transaction.getTransactionName();
        if (failure == null && WriteTracking.wrote() && name.startsWith("de.stadtdialog.")
                && !name.startsWith("de.stadtdialog.shared.mail.")) {
            cache.invalidate();
        }
    }
}
