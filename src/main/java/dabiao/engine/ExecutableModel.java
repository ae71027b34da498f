package dabiao.engine;

import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.InternalKieModuleProvider;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;

/**
 * The rules compiled as a Drools executable model: Java classes generated and compiled from the DRL, kept
 * as the bytes of a kjar that a later process loads without compiling anything.
 *
 * <p>A kjar is loaded in memory ({@code MemoryFileSystem.readFromJar}, then
 * {@code InternalKieModuleProvider.get}), not through {@code KieRepository.addKieModule(newFileSystemResource)}:
 * that documented path reads the module's {@code kmodule.xml}, which needs Drools' XML support and
 * XStream on the class path, and the kjar built from a {@link KieFileSystem} has none. In memory, the module
 * model is the default one the build made (one default KieBase of every package), given here in code.
 */
final class ExecutableModel {

    private static final String KIE_BASE = "defaultKieBase";

    private ExecutableModel() {
    }

    /** Builds {@code kfs} as an executable model; the caller reads the builder's messages. */
    static KieBuilder build(KieServices ks, KieFileSystem kfs) {
        return ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    }

    /** The kjar bytes of a build without errors, or null when Drools did not build an executable model. */
    static byte[] bytes(KieBuilder builder) {
        return builder.getKieModule() instanceof CanonicalKieModule module ? module.getBytes() : null;
    }

    /**
     * The rule base of stored kjar bytes, or null when they do not hold an executable model of
     * {@code release}: Drools would then silently compile whatever DRL they carry, which is no cache hit.
     */
    static KieBase load(KieServices ks, ReleaseId release, byte[] kjar) {
        MemoryFileSystem files = MemoryFileSystem.readFromJar(kjar);
        InternalKieModule module = InternalKieModuleProvider.get(release, defaultModel(ks), files);
        if (!(module instanceof CanonicalKieModule)) {
            return null;
        }
        ks.getRepository().addKieModule(module);
        return ks.newKieContainer(release).getKieBase();
    }

    private static KieModuleModel defaultModel(KieServices ks) {
        KieModuleModel model = ks.newKieModuleModel();
        model.newKieBaseModel(KIE_BASE).addPackage("*").setDefault(true)
                .newKieSessionModel("defaultKieSession").setDefault(true);
        return model;
    }
}
