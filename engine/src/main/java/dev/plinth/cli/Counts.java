package dev.plinth.cli;

/** Counts in words, for what the commands print: "1 entity", "2 entities". */
final class Counts {

    private Counts() {
    }

    static String of(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
