package dev.plinth.api;

/**
 * The blog every scenario reads, created through the API itself: 3 authors, 5 tags, 2 series, 15 posts with varied
 * status, rating, publication date, flags and tags, and 6 comments. Rows are named for placeholders: authors by
 * handle, tags and series and posts by slug ({@code {post.hello-java}}), comments by a short word.
 */
final class BlogData {

    static final int AUTHORS = 3;
    static final int TAGS = 5;
    static final int SERIES = 2;
    static final int POSTS = 15;
    static final int COMMENTS = 6;

    private BlogData() {
    }

    static void seed(BlogApi api) {
        api.create("author",
                "ann", """
                        {"name": "Ann Lee", "handle": "ann", "email": "ann@example.com", "bio": "Writes about Java.",
                         "joinedOn": "2021-03-01"}""",
                "bob", """
                        {"name": "Bob Stone", "handle": "bob", "email": "bob@example.com", "bio": "Databases, mostly.",
                         "website": "https://bob.example.com", "joinedOn": "2020-07-15"}""",
                "cyrus", """
                        {"name": "Cyrus Ng", "handle": "cyrus", "email": "cy@example.org", "joinedOn": "2023-01-09"}""");
        api.create("tag",
                "java", """
                        {"name": "Java", "slug": "java", "color": "#b07219"}""",
                "sql", """
                        {"name": "SQL", "slug": "sql", "color": "#e38c00"}""",
                "go", """
                        {"name": "Go", "slug": "go"}""",
                "web", """
                        {"name": "Web", "slug": "web", "description": "HTML, CSS and the browser"}""",
                "unused", """
                        {"name": "Unused", "slug": "unused"}""");
        api.create("series",
                "java-basics", """
                        {"title": "Java basics", "slug": "java-basics", "startedOn": "2024-01-01"}""",
                "sql-deep-dive", """
                        {"title": "SQL deep dive", "slug": "sql-deep-dive", "completed": true}""");
        api.create("post",
                "hello-java", post("Hello, Java", "hello-java", "ann", "published", "4.5", "2024-01-10T09:00:00Z", true,
                        5, 1200, "\"{tag.java}\"", "java-basics", 1),
                "java-streams", post("Java streams in depth", "java-streams", "ann", "published", "5.0",
                        "2024-02-15T10:30:00Z", false, 12, 800, "\"{tag.java}\"", "java-basics", 2),
                "java-records", post("Records and sealed types", "java-records", "ann", "draft", null, null, false, 8, 0,
                        "\"{tag.java}\"", "java-basics", 3),
                "sql-joins", post("SQL joins explained", "sql-joins", "bob", "published", "4.0", "2024-03-01T08:00:00Z",
                        true, 10, 950, "\"{tag.sql}\"", "sql-deep-dive", 1),
                "sql-indexes", post("Indexes that matter", "sql-indexes", "bob", "published", "3.5",
                        "2024-03-20T12:00:00Z", false, 15, 400, "\"{tag.sql}\"", "sql-deep-dive", 2),
                "go-basics", post("Go for Java developers", "go-basics", "cyrus", "published", "3.0",
                        "2024-04-05T07:45:00Z", false, 7, 300, "\"{tag.go}\", \"{tag.java}\"", null, null),
                "web-forms", post("Accessible web forms", "web-forms", "cyrus", "archived", "2.5", "2023-11-11T11:11:00Z",
                        false, 6, 150, "\"{tag.web}\"", null, null),
                "css-grid", post("CSS grid in practice", "css-grid", "cyrus", "draft", null, null, false, null, 0,
                        "\"{tag.web}\"", null, null),
                "rest-apis", post("Designing REST APIs", "rest-apis", "ann", "published", "4.0", "2024-05-01T09:00:00Z",
                        true, 9, 2000, "\"{tag.web}\", \"{tag.java}\"", null, null),
                "pg-json", post("JSON in PostgreSQL", "pg-json", "bob", "published", "4.5", "2024-05-20T16:20:00Z",
                        false, 11, 700, "\"{tag.sql}\", \"{tag.web}\"", null, null),
                "old-news", post("Old news", "old-news", "bob", "archived", "1.0", "2022-06-01T00:00:00Z", false, 2, 50,
                        "", null, null),
                "quoting", post("O'Reilly's guide to \\\"quoting\\\"", "quoting", "ann", "published", "0.0",
                        "2024-06-01T12:00:00Z", false, 4, 10, "", null, null),
                "unicode", post("Café ünïcödé 😀", "unicode", "cyrus", "published", null, "2024-06-15T18:00:00Z", false,
                        3, 20, "", null, null),
                "percent-sale", post("100% off_sale", "percent-sale", "bob", "draft", null, null, false, null, 0, "",
                        null, null),
                "untitled", post("Untitled", "untitled", "cyrus", "draft", null, null, false, null, 0, "", null, null));
        api.create("comment",
                "great", comment("hello-java", "Dana", "Great intro, thanks!", true),
                "typo", comment("hello-java", "Eli", "There is a typo in the second example.", false),
                "diagrams", comment("sql-joins", "Fay", "Loved the diagrams.", true),
                "hateoas", comment("rest-apis", "Gus", "What about HATEOAS?", true),
                "versioning", comment("rest-apis", "Dana", "And versioning, please.", false),
                "bump", comment("rest-apis", "Hal", "+1 on versioning", true));
        api.patch("/api/comment/{comment.bump}", """
                {"replyTo": "{comment.versioning}"}""");
    }

    private static String post(String title, String slug, String author, String status, String rating,
                               String publishedAt, boolean featured, Integer minutes, long views, String tags,
                               String series, Integer part) {
        return """
                {"title": "%s", "slug": "%s", "author": "{author.%s}", "status": "%s", "rating": %s,
                 "publishedAt": %s, "featured": %s, "readingMinutes": %s, "viewCount": %d, "tags": [%s],
                 "series": %s, "seriesPart": %s, "summary": "About %s.", "extra": {"words": %d}}"""
                .formatted(title, slug, author, status, rating, publishedAt == null ? null : "\"" + publishedAt + "\"",
                        featured, minutes, views, tags, series == null ? null : "\"{series." + series + "}\"", part,
                        slug, views * 3);
    }

    private static String comment(String post, String name, String body, boolean approved) {
        return """
                {"post": "{post.%s}", "authorName": "%s", "authorEmail": "%s@example.net", "body": "%s",
                 "approved": %s}""".formatted(post, name, name.toLowerCase(), body, approved);
    }
}
