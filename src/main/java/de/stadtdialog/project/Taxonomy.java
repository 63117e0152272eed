package de.stadtdialog.project;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Topics (Themen) and districts (Stadtteile) a city uses to file its projects. */
public interface Taxonomy {

    record Term(long id, String name) {
    }

    List<Term> topics();

    List<Term> districts();

    long addTopic(String name);

    long addDistrict(String name);

    Map<Long, List<Term>> topicsOf(Set<Long> projectIds);

    Map<Long, List<Term>> districtsOf(Set<Long> projectIds);
}
