package it.formapro.common.web;

import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Page of a list (every paged list of the four services): the body stays a plain JSON array, the total and the page
 * travel in headers, so clients written before a list was paged keep working.
 */
public final class Paging {

    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    /** The page a service found: its items as the body, the total and the page in the headers. */
    public static Response page(PageOf<?> found, int page, int size) {
        return page(found.items(), found.total(), page, size);
    }

    public static Response page(List<?> items, long total, int page, int size) {
        return Response.ok(items)
                .header(TOTAL_COUNT, total)
                .header("X-Page", page)
                .header("X-Page-Size", size)
                .header("X-Page-Count", size == 0 ? 0 : (total + size - 1) / size)
                .build();
    }
}
