package de.stadtdialog.page;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import de.stadtdialog.account.PersonalDataSource;

/** Barrier reports a person sent belong to their data export. */
@Component
class PageSupport implements PersonalDataSource {

    private final PageRepository repository;

    PageSupport(PageRepository repository) {
        this.repository = repository;
    }

    @Override
    public String section() {
        return "barrierReports";
    }

    @Override
    public Object collect(long accountId) {
        List<Map<String, String>> reports = repository.reportsBy(accountId).stream()
                .map(report -> Map.of("page", String.valueOf(report.pageUrl()), "description", report.description(),
                        "sentAt", report.createdAt().toString()))
                .toList();
        return reports;
    }
}
