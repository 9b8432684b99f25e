package org.quickfreeze;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The direction of the packages that docs/architecture.md states, checked on the compiled
 * classes: cli → schedule → job → output → {audit, ingest} → {run, store}, and the
 * reports module below them all.
 */
class PackageDirectionTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.quickfreeze");

    @Test
    void noPackageDependsOnItselfInACircle() {
        slices().matching("org.quickfreeze.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void everyPackageUsesOnlyThePackagesBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("application")
            .definedBy("org.quickfreeze")
            .layer("cli")
            .definedBy("org.quickfreeze.cli..")
            .layer("tools")
            .definedBy("org.quickfreeze.generate..", "org.quickfreeze.benchmark..")
            .layer("schedule")
            .definedBy("org.quickfreeze.schedule..")
            .layer("job")
            .definedBy("org.quickfreeze.job..")
            .layer("output")
            .definedBy("org.quickfreeze.output..")
            .layer("audit")
            .definedBy("org.quickfreeze.audit..")
            .layer("ingest")
            .definedBy("org.quickfreeze.ingest..")
            .layer("run")
            .definedBy("org.quickfreeze.run..")
            .layer("store")
            .definedBy("org.quickfreeze.store..")
            .layer("reports")
            .definedBy("org.quickfreeze.report..")
            .whereLayer("application")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("cli")
            .mayOnlyBeAccessedByLayers("application")
            .whereLayer("tools")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("schedule")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("job")
            .mayOnlyBeAccessedByLayers("cli", "schedule")
            .whereLayer("output")
            .mayOnlyBeAccessedByLayers("cli", "job")
            .whereLayer("audit")
            .mayOnlyBeAccessedByLayers("output")
            .whereLayer("ingest")
            .mayOnlyBeAccessedByLayers("cli", "tools", "job", "output")
            .whereLayer("run")
            .mayOnlyBeAccessedByLayers("application", "cli", "schedule", "job", "output", "audit", "ingest")
            .whereLayer("store")
            .mayOnlyBeAccessedByLayers("audit", "ingest")
            .whereLayer("reports")
            .mayOnlyBeAccessedByLayers("run", "output", "audit", "ingest")
            .check(CLASSES);
    }

}
