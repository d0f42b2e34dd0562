package dev.plinth.model.type;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UuidsTest {

    @Test
    void newIdsAreVersionSevenAndCarryTheCurrentMillisecond() {
        long before = System.currentTimeMillis();
        UUID id = Uuids.timeOrdered();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        // Ahead by a few milliseconds at most, borrowed when the tests before made thousands of ids in a row.
        assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after + 10);
    }

    @Test
    void idsMadeInARowIncreaseStrictlyAsPostgresqlSortsThem() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(Uuids.timeOrdered().toString());
        }
        // PostgreSQL compares uuids byte by byte, which is how their lower-case text compares.
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i)).as("id %d after %s", i, ids.get(i - 1)).isGreaterThan(ids.get(i - 1));
        }
    }

    @Test
    void aFullMillisecondBorrowsTheNextOne() {
        long millis = System.currentTimeMillis();
        long first = Uuids.nextClock(millis);
        long last = first;
        for (int i = 0; i < 5_000; i++) {
            long next = Uuids.nextClock(millis);
            assertThat(next).isEqualTo(last + 1);
            last = next;
        }
        assertThat(last >>> 12).isGreaterThan(millis);
    }

    @Test
    void aClockThatStepsBackDoesNotTakeIdsBackWithIt() {
        long now = Uuids.nextClock(System.currentTimeMillis());
        assertThat(Uuids.nextClock((now >>> 12) - 60_000)).isEqualTo(now + 1);
    }

    @Test
    void aNewMillisecondStartsItsSequenceInTheLowerHalf() {
        long later = Uuids.nextClock(System.currentTimeMillis()) >>> 12;
        long clock = Uuids.nextClock(later + 3);
        assertThat(clock >>> 12).isEqualTo(later + 3);
        assertThat(clock & 0xFFF).isLessThan(2048);
    }
}
