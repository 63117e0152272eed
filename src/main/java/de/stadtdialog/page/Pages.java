package de.stadtdialog.page;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import de.stadtdialog.account.ConsentDocuments;
import de.stadtdialog.shared.cluster.ClusterSignals;

/**
 * The platform's own pages; their versions are what people agree to at registration. The versions of the
 * terms and the privacy notice are asked for on every request of someone logged in (have they agreed to
 * the current ones?), so they are kept in memory until a page is saved on any node.
 */
@Service
public class Pages implements ConsentDocuments {

    private static final String CHANNEL = "consent-documents";

    private final PageRepository repository;
    private final Clock clock;
    private final ClusterSignals signals;
    private volatile String[] versions;

    Pages(PageRepository repository, Clock clock, ClusterSignals signals) {
        this.repository = repository;
        this.clock = clock;
        this.signals = signals;
        signals.on(CHANNEL, () -> versions = null);
    }

    public Optional<Page> find(PageKey key) {
        return repository.find(key);
    }

    public List<Page> all() {
        return repository.all();
    }

    @Transactional
    public void update(PageKey key, String title, String bodyMd) {
        repository.update(key, title, bodyMd, clock.instant());
        // forgotten once the new version is committed, so nobody reads and keeps the old one in between
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                versions = null;
                signals.signal(CHANNEL);
            }
        });
    }

    @Override
    public String termsVersion() {
        return versions()[0];
    }

    @Override
    public String privacyVersion() {
        return versions()[1];
    }

    private String[] versions() {
        String[] known = versions;
        if (known == null) {
            known = new String[] { version(PageKey.NUTZUNGSBEDINGUNGEN), version(PageKey.DATENSCHUTZ) };
            versions = known;
        }
        return known;
    }

    private String version(PageKey key) {
        return repository.find(key).map(page -> key.path() + "-v" + page.version()).orElse(key.path());
    }
}
