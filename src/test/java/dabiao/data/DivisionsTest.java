package dabiao.data;

import dabiao.diagnostics.InputException;
import dabiao.model.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A divisions file as Excel saves it ("CSV UTF-8"): byte order mark, CRLF, quoted fields. */
class DivisionsTest {

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        Path f = dir.resolve("divisions.csv");
        Files.write(f, text.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    @Test
    void readsWhatExcelWrites() throws IOException {
        Divisions d = Divisions.read(file("\uFEFFregion_code,region,code,name,note\r\n"
                + "321000,扬州市,321002,广陵区,\"城区, 含\"\"江都\"\"以东\"\r\n"
                + "\r\n"
                + "321000,扬州市,\"321071\",\"扬州经济技术开发区\",\"功能区\r\n（统计用）\"\r\n"
                + "321000,扬州市,321023,宝应县,\r\n"));
        assertThat(d.region("321000")).map(Scope::name).hasValue("扬州市");
        assertThat(d.districtsOf("321000")).extracting(Scope::code).containsExactly("321002", "321071", "321023");
        assertThat(d.find("321071")).map(Scope::name).hasValue("扬州经济技术开发区");
        assertThat(d.find("321071")).map(Scope::functionalZone).hasValue(true);
    }

    @Test
    void aBadRowIsNamedByItsLine_afterAQuotedFieldOverTwoLines() throws IOException {
        Path f = file("region_code,region,code,name,note\r\n"
                + "321000,扬州市,321002,广陵区,\"两行\r\n的备注\"\r\n"
                + "\r\n"
                + "321000,扬州市\r\n");
        assertThatThrownBy(() -> Divisions.read(f)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).problems().get(0).where().line()).isEqualTo(5));
    }

    @Test
    void anUnclosedQuoteIsAnErrorWithItsLine() throws IOException {
        Path f = file("region_code,region,code,name\n321000,扬州市,321002,广陵区\n321000,扬州市,\"321023,宝应县\n");
        assertThatThrownBy(() -> Divisions.read(f)).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    var p = ((InputException) e).problems().get(0);
                    assertThat(p.key()).isEqualTo("csv.quote");
                    assertThat(p.where().line()).isEqualTo(3);
                });
    }

    @Test
    void theHeaderIsChecked_evenBehindAByteOrderMark() throws IOException {
        Path f = file("\uFEFF区划代码,名称\r\n");
        assertThatThrownBy(() -> Divisions.read(f)).isInstanceOf(InputException.class)
                .satisfies(e -> {
                    var p = ((InputException) e).problems().get(0);
                    assertThat(p.key()).isEqualTo("divisions.header");
                    assertThat(p.where().line()).isEqualTo(1);
                });
    }

    @Test
    void theBundledListStillReads() {
        assertThat(Divisions.bundled().districtsOf("310000")).hasSize(16);
    }
}
