package de.stadtdialog.shared.web;

import java.util.List;

/**
 * One page of a list that was loaded and filtered in full: the items to show, how many matched in
 * all, and which page of how many this is. Pages count from 1, as in the {@code seite} parameter.
 */
public record Paged<T>(List<T> items, int total, int number, int pages) {

    /**
     * The requested page of the list. A missing, unreadable, zero or negative number gives the first
     * page, a number past the end the last one, so that any link a visitor typed or kept shows a list.
     */
    public static <T> Paged<T> of(List<T> all, int size, String requested) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int number = Math.min(Math.max(1, number(requested)), pages);
        int from = (number - 1) * size;
        return new Paged<>(all.subList(Math.min(from, all.size()), Math.min(from + size, all.size())), all.size(),
                number, pages);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }

    private static int number(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            // too long for an int counts as far past the end, anything else as the start
            return text.strip().matches("\\+?\\d+") ? Integer.MAX_VALUE : 1;
        }
    }
}
