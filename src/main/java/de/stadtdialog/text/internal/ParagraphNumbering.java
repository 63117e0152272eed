package de.stadtdialog.text.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a version's Markdown into chapters ("## " headings) and paragraphs (blocks between blank
 * lines) and numbers them so that a number, once given, keeps meaning the same paragraph.
 *
 * <p>The rule, applied in this order:
 * <ol>
 * <li>A chapter keeps the number of the previous version's chapter with the same heading; else of
 * the previous chapter at the same position whose heading is not used any more; else it gets the
 * next number never used in the document.</li>
 * <li>Within a chapter, a paragraph starting with a marker such as {@code {#2.3}} takes that number.
 * Then a paragraph whose text is unchanged keeps its number wherever it moved. Then a paragraph
 * keeps the number of the previous paragraph at the same position if at least a third of their words
 * are shared; then of the most similar remaining previous paragraph with at least half shared.
 * Everything else is new and gets the next number never used in that chapter, so a removed
 * paragraph's number is never given to a different text.</li>
 * </ol>
 */
public final class ParagraphNumbering {

    /** A paragraph that stays in its place may be rewritten more than one that moved. */
    static final double SIMILAR_IN_PLACE = 0.3;

    static final double SIMILAR = 0.5;

    private static final Pattern MARKER = Pattern.compile("^\\{#(\\d{1,3})\\.(\\d{1,3})\\}\\s*");

    /** What is wrong with a text, as a message key and its argument. */
    public record Problem(String messageKey, String argument) {
    }

    /** The numbered paragraphs, or the problems that keep the text from being published. */
    public record Result(List<Paragraph> paragraphs, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private record Block(String body, Integer markedChapter, Integer markedNumber) {
    }

    private record Chapter(String title, List<Block> blocks) {
    }

    private ParagraphNumbering() {
    }

    /**
     * @param previous the last published version's paragraphs, empty for the first version
     * @param highest the highest paragraph number ever used per chapter, and under key 0 the highest chapter
     */
    public static Result number(String markdown, List<Paragraph> previous, Map<Integer, Integer> highest) {
        List<Problem> problems = new ArrayList<>();
        List<Chapter> chapters = split(markdown, problems);
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        int[] chapterNumbers = chapterNumbers(chapters, previous, highest.getOrDefault(0, 0));
        List<Paragraph> numbered = new ArrayList<>();
        for (int c = 0; c < chapters.size(); c++) {
            Chapter chapter = chapters.get(c);
            int chapterNo = chapterNumbers[c];
            List<Paragraph> before = previous.stream().filter(p -> p.chapterNo() == chapterNo).toList();
            int[] numbers = paragraphNumbers(chapter, chapterNo, before, highest.getOrDefault(chapterNo, 0), problems);
            for (int i = 0; i < numbers.length; i++) {
                numbered.add(new Paragraph(Paragraph.key(chapterNo, numbers[i]), chapterNo, numbers[i], chapter.title(),
                        numbered.size(), chapter.blocks().get(i).body()));
            }
        }
        return problems.isEmpty() ? new Result(numbered, List.of()) : new Result(List.of(), problems);
    }

    private static List<Chapter> split(String markdown, List<Problem> problems) {
        List<Chapter> chapters = new ArrayList<>();
        StringBuilder block = new StringBuilder();
        for (String line : (markdown == null ? "" : markdown).split("\\R", -1)) {
            boolean heading = line.startsWith("## ");
            if (heading || line.isBlank()) {
                close(block, chapters, problems);
            }
            if (heading) {
                chapters.add(new Chapter(line.substring(3).strip(), new ArrayList<>()));
            } else if (!line.isBlank()) {
                block.append(block.isEmpty() ? "" : "\n").append(line.stripTrailing());
            }
        }
        close(block, chapters, problems);
        if (chapters.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("text.problem.no-chapter", null));
        }
        chapters.stream().filter(c -> c.blocks().isEmpty())
                .forEach(c -> problems.add(new Problem("text.problem.empty-chapter", c.title())));
        return chapters;
    }

    private static void close(StringBuilder block, List<Chapter> chapters, List<Problem> problems) {
        if (block.isEmpty()) {
            return;
        }
        if (chapters.isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new Problem("text.problem.before-chapter", null));
            }
        } else {
            Matcher marker = MARKER.matcher(block);
            if (marker.find()) {
                chapters.get(chapters.size() - 1).blocks().add(new Block(block.substring(marker.end()),
                        Integer.valueOf(marker.group(1)), Integer.valueOf(marker.group(2))));
            } else {
                chapters.get(chapters.size() - 1).blocks().add(new Block(block.toString(), null, null));
            }
        }
        block.setLength(0);
    }

    private static int[] chapterNumbers(List<Chapter> chapters, List<Paragraph> previous, int highestChapter) {
        Map<Integer, String> before = new LinkedHashMap<>();
        previous.forEach(p -> before.putIfAbsent(p.chapterNo(), p.chapterTitle()));
        List<Integer> beforeOrder = new ArrayList<>(before.keySet());
        Set<Integer> taken = new HashSet<>();
        int[] numbers = new int[chapters.size()];
        for (int c = 0; c < chapters.size(); c++) {
            String title = normal(chapters.get(c).title());
            for (var entry : before.entrySet()) {
                if (!taken.contains(entry.getKey()) && normal(entry.getValue()).equals(title)) {
                    numbers[c] = entry.getKey();
                    taken.add(entry.getKey());
                    break;
                }
            }
        }
        Set<String> titles = new HashSet<>(chapters.stream().map(c -> normal(c.title())).toList());
        for (int c = 0; c < chapters.size(); c++) {
            if (numbers[c] == 0 && c < beforeOrder.size() && !taken.contains(beforeOrder.get(c))
                    && !titles.contains(normal(before.get(beforeOrder.get(c))))) {
                numbers[c] = beforeOrder.get(c);
                taken.add(numbers[c]);
            }
        }
        int next = Math.max(highestChapter, before.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        for (int c = 0; c < chapters.size(); c++) {
            if (numbers[c] == 0) {
                numbers[c] = ++next;
            }
        }
        return numbers;
    }

    private static int[] paragraphNumbers(Chapter chapter, int chapterNo, List<Paragraph> before, int highest,
            List<Problem> problems) {
        List<Block> blocks = chapter.blocks();
        int[] numbers = new int[blocks.size()];
        Map<Integer, Paragraph> open = new LinkedHashMap<>();
        before.forEach(p -> open.put(p.paragraphNo(), p));
        Map<Integer, Integer> marked = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.markedNumber() == null) {
                continue;
            }
            String key = Paragraph.key(block.markedChapter(), block.markedNumber());
            if (block.markedChapter() != chapterNo || block.markedNumber() == 0) {
                problems.add(new Problem("text.problem.marker-chapter", key));
            } else if (marked.putIfAbsent(block.markedNumber(), i) != null) {
                problems.add(new Problem("text.problem.marker-twice", key));
            } else {
                numbers[i] = block.markedNumber();
                open.remove(numbers[i]);
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (numbers[i] == 0) {
                for (Paragraph candidate : List.copyOf(open.values())) {
                    if (candidate.body().equals(blocks.get(i).body())) {
                        numbers[i] = take(open, candidate);
                        break;
                    }
                }
            }
        }
        for (int i = 0; i < blocks.size() && i < before.size(); i++) {
            Paragraph samePlace = before.get(i);
            if (numbers[i] == 0 && open.containsKey(samePlace.paragraphNo())
                    && WordDiff.similarity(samePlace.body(), blocks.get(i).body()) >= SIMILAR_IN_PLACE) {
                numbers[i] = take(open, samePlace);
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (numbers[i] == 0) {
                String body = blocks.get(i).body();
                Paragraph best = null;
                double bestSimilarity = SIMILAR;
                for (Paragraph candidate : open.values()) {
                    double similarity = WordDiff.similarity(candidate.body(), body);
                    if (similarity >= bestSimilarity) {
                        best = candidate;
                        bestSimilarity = similarity;
                    }
                }
                if (best != null) {
                    numbers[i] = take(open, best);
                }
            }
        }
        int next = Math.max(highest, before.stream().mapToInt(Paragraph::paragraphNo).max().orElse(0));
        next = Math.max(next, marked.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
        for (int i = 0; i < blocks.size(); i++) {
            if (numbers[i] == 0) {
                numbers[i] = ++next;
            }
        }
        return numbers;
    }

    private static int take(Map<Integer, Paragraph> open, Paragraph paragraph) {
        open.remove(paragraph.paragraphNo());
        return paragraph.paragraphNo();
    }

    private static String normal(String title) {
        return title.strip().toLowerCase(Locale.ROOT);
    }
}
