package it.formapro.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void aPageFoundIsAnsweredAsAPlainArrayWithItsCountsInHeaders() {
        PageOf<Integer> found = new PageOf<>(List.of(1, 2), 45);
        Response answer = Paging.page(found.map(n -> "item " + n), 2, 20);

        assertEquals(List.of("item 1", "item 2"), answer.getEntity());
        assertEquals("45", answer.getHeaderString(Paging.TOTAL_COUNT));
        assertEquals("2", answer.getHeaderString("X-Page"));
        assertEquals("20", answer.getHeaderString("X-Page-Size"));
        assertEquals("3", answer.getHeaderString("X-Page-Count"));
        assertEquals(45, found.map(String::valueOf).total());
    }
}
