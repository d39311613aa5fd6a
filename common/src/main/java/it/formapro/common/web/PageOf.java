package it.formapro.common.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as a service finds it: the page's items and how many match over all pages. Never a body: the
 * resource answers it with {@link Paging#page(PageOf, int, int)}, a plain JSON array and the paging headers.
 */
public record PageOf<T>(List<T> items, long total) {

    /** The same page with each item as {@code view} shows it. */
    public <R> PageOf<R> map(Function<? super T, ? extends R> view) {
        return new PageOf<>(items.stream().<R>map(view).toList(), total);
    }
}
