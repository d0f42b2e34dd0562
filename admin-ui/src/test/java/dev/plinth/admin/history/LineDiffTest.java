package dev.plinth.admin.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineDiffTest {

    /** A diff written compactly: "=a" same, "-a" removed, "+a" added, lines separated by "|". */
    private static String compact(List<LineDiff.Line> lines) {
        return lines.stream().map(l -> switch (l.kind()) {
            case SAME -> "=" + l.text();
            case REMOVED -> "-" + l.text();
            case ADDED -> "+" + l.text();
        }).collect(Collectors.joining("|"));
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "a,b,c;   a,b,c;   =a|=b|=c",
        "'';      a,b;     +a|+b",
        "a,b;     '';      -a|-b",
        "a,b,c;   a,c;     =a|-b|=c",
        "a,c;     a,b,c;   =a|+b|=c",
        "a,b,c;   a,x,c;   =a|-b|+x|=c",
        "a,b,c,d; b,c,d,a; -a|=b|=c|=d|+a",
        "x,a,b;   a,b,y;   -x|=a|=b|+y",
        "a,b,a,b; b,a,b,a; -a|=b|=a|=b|+a"
    })
    void keepsTheLongestCommonLines(String before, String after, String expected) {
        assertThat(compact(LineDiff.diff(lines(before), lines(after)))).isEqualTo(expected);
    }

    @Test
    void numbersLinesOnEachSide() {
        List<LineDiff.Line> diff = LineDiff.diff(List.of("a", "b", "c"), List.of("a", "x", "c"));
        assertThat(diff).containsExactly(
                new LineDiff.Line(LineDiff.Kind.SAME, "a", 1, 1),
                new LineDiff.Line(LineDiff.Kind.REMOVED, "b", 2, 0),
                new LineDiff.Line(LineDiff.Kind.ADDED, "x", 0, 2),
                new LineDiff.Line(LineDiff.Kind.SAME, "c", 3, 3));
    }

    @Test
    void aMiddleTooLargeToCompareIsRemovedThenAdded() {
        List<String> before = IntStream.range(0, 2100).mapToObj(i -> "old " + i).toList();
        List<String> after = IntStream.range(0, 2100).mapToObj(i -> "new " + i).toList();
        List<LineDiff.Line> diff = LineDiff.diff(before, after);
        assertThat(diff).hasSize(4200);
        assertThat(diff.get(0).kind()).isEqualTo(LineDiff.Kind.REMOVED);
        assertThat(diff.get(4199).kind()).isEqualTo(LineDiff.Kind.ADDED);
    }

    @Test
    void fileDiffsShowChangesWithThreeLinesAroundThem() {
        String before = IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i + "\n").collect(Collectors.joining());
        String after = before.replace("line 10\n", "line ten\n");
        FileDiff file = FileDiff.of("entities/post.json", before, after);
        assertThat(file.status()).isEqualTo(FileDiff.Status.CHANGED);
        assertThat(file.added()).isEqualTo(1);
        assertThat(file.removed()).isEqualTo(1);
        assertThat(file.hunks()).hasSize(1);
        assertThat(file.hunks().get(0).skipped()).isEqualTo(6);
        assertThat(file.hunks().get(0).lines()).extracting(LineDiff.Line::text)
                .containsExactly("line 7", "line 8", "line 9", "line 10", "line ten", "line 11", "line 12", "line 13");
        assertThat(FileDiff.of("roles/new.json", null, "{}\n").status()).isEqualTo(FileDiff.Status.ADDED);
        assertThat(FileDiff.of("roles/old.json", "{}\n", null).removed()).isEqualTo(1);
    }
}
