package dabiao.engine;

import dabiao.data.Divisions;
import dabiao.validation.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules sent to another JVM (a Spark executor) are the rules: the same targets, the same verdicts. */
class ShippedRulesTest {

    @TempDir
    Path cache;

    @Test
    void rulesSentAsBytes_loadAsTheSameRuleBase_andGiveTheSameVerdicts() throws Exception {
        ShippedRules built = ShippedRules.build(Path.of("rules"), cache);
        ShippedRules received = roundTrip(built);
        assertThat(received.digest()).isEqualTo(built.digest()).hasSize(64);

        Loader.Loaded in = Loader.load(List.of(Path.of("indicators")), Divisions.bundled());
        RuleBase shipped = received.load().withTargets(in.catalog());
        RuleBase compiled = RuleBase.load(Path.of("rules"), in.catalog());
        assertThat(shipped.targets()).isEqualTo(compiled.targets());
        assertThat(received.load().origin()).isEqualTo(RuleBase.Origin.SHIPPED);

        var asOf = in.data().periods().last();
        assertThat(new Evaluator(shipped, in.catalog()).evaluate(in.data(), asOf))
                .isEqualTo(new Evaluator(compiled, in.catalog()).evaluate(in.data(), asOf));
    }

    @Test
    void aSecondBuild_readsTheModelTheFirstStored() {
        ShippedRules first = ShippedRules.build(Path.of("rules"), cache);
        assertThat(new RuleCache(cache, new RuleKey(first.digest())).load()).isNotNull();
        assertThat(ShippedRules.build(Path.of("rules"), cache).digest()).isEqualTo(first.digest());
        assertThat(ShippedRules.build(Path.of("rules"), null).digest()).isEqualTo(first.digest());
    }

    private static ShippedRules roundTrip(ShippedRules rules) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(rules);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (ShippedRules) in.readObject();
        }
    }
}
