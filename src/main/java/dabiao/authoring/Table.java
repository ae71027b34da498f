package dabiao.authoring;

import dabiao.diagnostics.InputException;
import dabiao.diagnostics.Problem;

import dabiao.model.Numbers;
import dabiao.model.SourceRef;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table as a statistics office keeps it: the first sheet of a spreadsheet (.xlsx, .xls) or a CSV
 * file, as rows of cells that know their row and column (1-based), so that a problem names the cell.
 *
 * @param display how the file is named in messages
 * @param rows    the rows in order; empty rows are kept as empty lists
 */
public record Table(String display, List<List<Table.Cell>> rows) {

    /** Larger files are refused before reading; a district table is a few kilobytes. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    /**
     * One cell: the number a spreadsheet holds, or else its text (CSV cells are always text).
     *
     * @param number the number, or null
     * @param text   the text when there is no number, else null
     */
    public record Cell(Double number, String text, int row, int column) {

        public boolean blank() {
            return number == null && (text == null || text.isBlank());
        }

        /** The cell as text: a number without exponent or trailing zeros. */
        public String asText() {
            return number != null ? Numbers.plain(number) : text == null ? "" : text.strip();
        }

        public SourceRef at(String display) {
            return new SourceRef(display, row, column);
        }
    }

    /** @throws InputException when the file cannot be read as a table */
    public static Table read(Path path, String display) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InputException(Problem.error(SourceRef.of(display), "import.too-large", MAX_BYTES / (1024 * 1024)));
            }
            if (name.endsWith(".csv")) {
                return new Table(display, csv(decode(Files.readAllBytes(path))));
            }
            if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                return new Table(display, spreadsheet(path, display));
            }
        } catch (IOException e) {
            throw new InputException(Problem.error(SourceRef.of(display), "file.unreadable", e.getMessage()));
        }
        throw new InputException(Problem.error(SourceRef.of(display), "import.file-type"));
    }

    /** UTF-8 (with or without a byte-order mark), else GB18030, which Excel uses for CSV on Chinese Windows. */
    private static String decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    /** RFC 4180: commas, double quotes around a cell, "" for a quote inside one, CRLF or LF. */
    static List<List<Cell>> csv(String text) {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                row.add(new Cell(null, cell.toString(), rowLine, row.size() + 1));
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(new Cell(null, cell.toString(), rowLine, row.size() + 1));
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                rowLine = ++line;
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(new Cell(null, cell.toString(), rowLine, row.size() + 1));
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Cell>> spreadsheet(Path path, String display) {
        List<List<Cell>> rows = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(path.toFile(), null, true)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row r : sheet) {
                while (rows.size() < r.getRowNum()) {
                    rows.add(List.of());
                }
                List<Cell> row = new ArrayList<>();
                for (org.apache.poi.ss.usermodel.Cell c : r) {
                    Cell cell = cell(c);
                    if (cell != null) {
                        row.add(cell);
                    }
                }
                rows.add(row);
            }
        } catch (IOException | RuntimeException e) {
            // POI signals a damaged or foreign file with many unchecked exceptions; each is bad input here.
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new InputException(Problem.error(SourceRef.of(display), "import.unreadable", message));
        }
        return rows;
    }

    private static Cell cell(org.apache.poi.ss.usermodel.Cell c) {
        int row = c.getRowIndex() + 1;
        int column = c.getColumnIndex() + 1;
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(c)
                    ? new Cell(null, c.getLocalDateTimeCellValue().toString(), row, column)
                    : new Cell(c.getNumericCellValue(), null, row, column);
            case STRING -> new Cell(null, c.getStringCellValue(), row, column);
            case BOOLEAN -> new Cell(null, Boolean.toString(c.getBooleanCellValue()), row, column);
            case ERROR -> new Cell(null, FormulaError.forInt(c.getErrorCellValue()).getString(), row, column);
            default -> null;
        };
    }
}
