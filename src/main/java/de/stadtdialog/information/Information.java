package de.stadtdialog.information;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Publishing posts from other modules, e.g. demo content. */
@Service
public class Information {

    private final InformationRepository posts;
    private final Clock clock;

    Information(InformationRepository posts, Clock clock) {
        this.posts = posts;
        this.clock = clock;
    }

    @Transactional
    public void publish(long phaseId, String title, String bodyMd, LocalDate publishedOn, Long authorId) {
        posts.insert(phaseId, title, bodyMd, publishedOn, authorId, clock.instant());
    }
}
