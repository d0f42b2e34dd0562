package dev.plinth.api;

import dev.plinth.query.FilterFactory;

/** The API's {@code ?filter=} language, for tests of other packages that drive the query stages directly. */
public final class ApiFilters {

    private ApiFilters() {
    }

    public static FilterFactory language() {
        return new FilterLanguage();
    }
}
