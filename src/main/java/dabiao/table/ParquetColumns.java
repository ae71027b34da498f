package dabiao.table;

import dabiao.diagnostics.Problem;
import dabiao.model.Numbers;
import dabiao.model.SourceRef;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The long table's columns in a Parquet file's schema: found by name, their types checked, and each cell
 * of a row read as the text a CSV cell would hold. Codes and periods are strings or integers (a
 * database's BIGINT region code); a value is any number type (DOUBLE, FLOAT, integers, DECIMAL);
 * source_line an integer or a string of digits.
 */
final class ParquetColumns {

    /** What a column holds, with the message for a column of a type that cannot hold it. */
    private enum Kind {
        TEXT("long-table.parquet-text"), NUMBER("long-table.parquet-number"), WHOLE("long-table.parquet-whole");

        final String wrongType;

        Kind(String wrongType) {
            this.wrongType = wrongType;
        }
    }

    private static final Kind[] KINDS = {Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.TEXT, Kind.NUMBER,
            Kind.TEXT, Kind.WHOLE};

    /** Where each of {@link LongTable#COLUMNS} stands in the file's schema (0-based). */
    private final int[] at;
    private final PrimitiveType[] types;
    /** The columns read, in the file's order (as a projection of its schema must be). */
    private final MessageType projection;
    /** Where each of {@link LongTable#COLUMNS} stands in {@link #projection}. */
    private final int[] read;

    private ParquetColumns(String name, int[] at, PrimitiveType[] types) {
        this.at = at;
        this.types = types;
        List<Type> inFileOrder = IntStream.range(0, at.length).boxed().sorted(Comparator.comparingInt(c -> at[c]))
                .map(c -> (Type) types[c]).toList();
        this.projection = new MessageType(name, inFileOrder);
        this.read = IntStream.range(0, at.length).map(c -> projection.getFieldIndex(types[c].getName())).toArray();
    }

    /**
     * The columns of {@code schema}, or null when one is missing or of a type that cannot hold what it
     * must: then {@code problems} has one error for the missing ones and one for each wrong type.
     */
    static ParquetColumns find(MessageType schema, String display, List<Problem> problems) {
        int[] at = new int[LongTable.COLUMNS.size()];
        PrimitiveType[] types = new PrimitiveType[at.length];
        List<String> missing = new ArrayList<>();
        int before = problems.size();
        for (int c = 0; c < at.length; c++) {
            String name = LongTable.COLUMNS.get(c);
            if (!schema.containsField(name)) {
                missing.add(name);
                continue;
            }
            at[c] = schema.getFieldIndex(name);
            Type type = schema.getType(at[c]);
            if (!holds(type, KINDS[c])) {
                problems.add(Problem.error(SourceRef.of(display), KINDS[c].wrongType, name, describe(type)));
            } else {
                types[c] = type.asPrimitiveType();
            }
        }
        if (!missing.isEmpty()) {
            problems.add(Problem.error(SourceRef.of(display), "long-table.columns-missing", String.join(", ", missing),
                    String.join(",", LongTable.COLUMNS)));
        }
        return problems.size() > before ? null : new ParquetColumns(schema.getName(), at, types);
    }

    /** Where each column stands in the file's schema, as {@link LongTableReader} takes it. */
    int[] at() {
        return at.clone();
    }

    /** The schema that reads these columns alone. */
    MessageType projection() {
        return projection;
    }

    /** Puts each cell of {@code row} (read with {@link #projection()}) at its place in {@code cells}; "" for a null. */
    void cells(Group row, String[] cells) {
        for (int c = 0; c < at.length; c++) {
            cells[at[c]] = row.getFieldRepetitionCount(read[c]) == 0 ? "" : text(row, read[c], types[c]);
        }
    }

    private static boolean holds(Type type, Kind kind) {
        if (!type.isPrimitive() || type.isRepetition(Type.Repetition.REPEATED)) {
            return false;
        }
        LogicalTypeAnnotation a = type.getLogicalTypeAnnotation();
        boolean plain = a == null || a instanceof IntLogicalTypeAnnotation;
        return switch (type.asPrimitiveType().getPrimitiveTypeName()) {
            case BINARY -> kind == Kind.NUMBER ? a instanceof DecimalLogicalTypeAnnotation
                    : a == null || a instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
                    || a instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation;
            case INT32, INT64 -> plain || kind == Kind.NUMBER && a instanceof DecimalLogicalTypeAnnotation;
            case DOUBLE, FLOAT -> kind == Kind.NUMBER && a == null;
            case FIXED_LEN_BYTE_ARRAY -> kind == Kind.NUMBER && a instanceof DecimalLogicalTypeAnnotation;
            default -> false;
        };
    }

    /** A type as Parquet's tools print it: {@code BINARY (STRING)}, {@code optional group}. */
    private static String describe(Type type) {
        if (!type.isPrimitive()) {
            return "group";
        }
        LogicalTypeAnnotation a = type.getLogicalTypeAnnotation();
        return (type.isRepetition(Type.Repetition.REPEATED) ? "repeated " : "")
                + type.asPrimitiveType().getPrimitiveTypeName() + (a == null ? "" : " (" + a + ")");
    }

    private static String text(Group row, int field, PrimitiveType type) {
        LogicalTypeAnnotation a = type.getLogicalTypeAnnotation();
        boolean unsigned = a instanceof IntLogicalTypeAnnotation i && !i.isSigned();
        if (a instanceof DecimalLogicalTypeAnnotation d) {
            BigInteger unscaled = switch (type.getPrimitiveTypeName()) {
                case INT32 -> BigInteger.valueOf(row.getInteger(field, 0));
                case INT64 -> BigInteger.valueOf(row.getLong(field, 0));
                default -> new BigInteger(row.getBinary(field, 0).getBytes());
            };
            return new BigDecimal(unscaled, d.getScale()).toPlainString();
        }
        return switch (type.getPrimitiveTypeName()) {
            case INT32 -> unsigned ? Integer.toUnsignedString(row.getInteger(field, 0)) : Integer.toString(row.getInteger(field, 0));
            case INT64 -> unsigned ? Long.toUnsignedString(row.getLong(field, 0)) : Long.toString(row.getLong(field, 0));
            case DOUBLE -> Numbers.plain(row.getDouble(field, 0));
            // A float's decimal text is the figure meant (0.1, not 0.100000001490116).
            case FLOAT -> Float.isFinite(row.getFloat(field, 0))
                    ? new BigDecimal(Float.toString(row.getFloat(field, 0))).toPlainString()
                    : Float.toString(row.getFloat(field, 0));
            default -> row.getString(field, 0);
        };
    }
}
