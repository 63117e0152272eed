package de.stadtdialog.page;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.stadtdialog.account.ConsentDocuments;

/** The platform's own pages; their versions are what people agree to at registration. */
@Service
public class Pages implements ConsentDocuments {

    private final PageRepository repository;
    private final Clock clock;

    Pages(PageRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
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
    }

    @Override
    public String termsVersion() {
        return version(PageKey.NUTZUNGSBEDINGUNGEN);
    }

    @Override
    public String privacyVersion() {
        return version(PageKey.DATENSCHUTZ);
    }

    private String version(PageKey key) {
        return repository.find(key).map(page -> key.path() + "-v" + page.version()).orElse(key.path());
    }
}
