package de.stadtdialog.idea.internal;

import java.util.List;

/** The idea list with its filters, the counters of the collection, and the map's address. */
public record IdeaListPage(IdeaContext context, List<Category> categories, List<IdeaStatus> statuses,
        IdeaQuery query, List<IdeaCard> cards, long total, IdeaTotals totals, String areaGeometry,
        List<IdeaDay> days) {

    public int pages() {
        return (int) Math.max(1, (total + IdeaQuery.PAGE_SIZE - 1) / IdeaQuery.PAGE_SIZE);
    }

    public int pageNumber() {
        return query.page() + 1;
    }

    public String pageUrl(int number) {
        return query.url(context.base(), number);
    }

    /** The map's data address with the list's filters, without paging and order. */
    public String mapUrl() {
        IdeaQuery filters = new IdeaQuery(query.categoryId(), query.statusId(), query.text(), IdeaQuery.Sort.NEWEST,
                0, 0);
        String url = filters.url(context.base() + "/karte.geojson", 1);
        return url;
    }
}
