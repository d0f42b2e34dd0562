package dev.plinth.admin.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading and writing CSV: quoting, line breaks in cells, byte order marks, blank lines and broken files. */
class CsvTest {

    private static List<List<String>> cells(String text) throws CsvReader.CsvException {
        return CsvReader.parse(text, 100).stream().map(CsvReader.Record::cells).toList();
    }

    @Test
    void readsPlainAndQuotedCells() throws Exception {
        assertThat(cells("a,b,c\r\n1,\"two, three\",\"say \"\"hi\"\"\"\r\n"))
                .containsExactly(List.of("a", "b", "c"), List.of("1", "two, three", "say \"hi\""));
    }

    @Test
    void keepsLineBreaksInsideQuotesAndNumbersRecordsByTheirFirstLine() throws Exception {
        List<CsvReader.Record> records = CsvReader.parse("title,body\n\"One\",\"line 1\nline 2\r\nline 3\"\nTwo,x", 100);
        assertThat(records).extracting(CsvReader.Record::line).containsExactly(1, 2, 5);
        assertThat(records.get(1).cells()).containsExactly("One", "line 1\nline 2\r\nline 3");
        assertThat(records.get(2).cells()).containsExactly("Two", "x");
    }

    @Test
    void emptyCellsStayEmptyAndBlankLinesAreSkipped() throws Exception {
        assertThat(cells("a,b,c\n,,\n\n1,,3\n")).containsExactly(List.of("a", "b", "c"), List.of("", "", ""),
                List.of("1", "", "3"));
    }

    @Test
    void dropsTheByteOrderMark() throws Exception {
        byte[] bytes = "\uFEFFtitle\nx\n".getBytes(StandardCharsets.UTF_8);
        assertThat(CsvReader.read(new ByteArrayInputStream(bytes), 1000, 10)).extracting(CsvReader.Record::cells)
                .containsExactly(List.of("title"), List.of("x"));
    }

    @Test
    void refusesBrokenFilesNamingTheLine() {
        assertThatThrownBy(() -> cells("a\n\"open")).hasMessageContaining("Line 2").hasMessageContaining("never closed");
        assertThatThrownBy(() -> cells("a\n\"x\"y")).hasMessageContaining("Line 2");
        assertThatThrownBy(() -> CsvReader.read(new ByteArrayInputStream(new byte[]{'a', (byte) 0xE9, '\n'}), 100, 10))
                .hasMessageContaining("not UTF-8");
        assertThatThrownBy(() -> CsvReader.read(new ByteArrayInputStream(new byte[2000]), 1000, 10))
                .hasMessageContaining("larger than");
        assertThatThrownBy(() -> CsvReader.parse("a\n1\n2\n3\n", 3)).hasMessageContaining("more than 3 lines");
    }

    @Test
    void writesWhatItReadsBack() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        List<String> tricky = List.of("plain", "with, comma", "with \"quotes\"", "two\nlines", " padded ", "");
        csv.row(List.of("a", "b", "c", "d", "e", "f"));
        csv.row(tricky);
        assertThat(out.toString()).isEqualTo("a,b,c,d,e,f\r\n"
                + "plain,\"with, comma\",\"with \"\"quotes\"\"\",\"two\nlines\",\" padded \",\r\n");
        assertThat(cells(out.toString()).get(1)).isEqualTo(tricky);
    }
}
