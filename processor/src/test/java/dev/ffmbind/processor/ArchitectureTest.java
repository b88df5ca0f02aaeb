package dev.ffmbind.processor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Keeps the processor's layers pointing one way: front ends and the validator build and check the
 * model, the resolver links it, the generator renders it, and only the entry package sees javac and
 * all of them.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          // Any build directory name (-Dffmbind.target=...), so not
          // Predefined.DO_NOT_INCLUDE_TESTS.
          .withImportOption(location -> !location.contains("/test-classes/"))
          .importPackages("dev.ffmbind.processor");

  /** JavaPoet takes javac's {@code Modifier} enum; using it says nothing about javac elements. */
  private static final DescribedPredicate<JavaClass> JAVAC_ELEMENTS =
      JavaClass.Predicates.resideInAnyPackage(
              "javax.lang.model.element..",
              "javax.lang.model.type..",
              "javax.annotation.processing..")
          .and(
              DescribedPredicate.not(
                  JavaClass.Predicates.equivalentTo(javax.lang.model.element.Modifier.class)))
          .as("javac elements and types");

  @Test
  void theModelKnowsNothingOfJavacOrJavaPoet() {
    noClasses()
        .that()
        .resideInAPackage("..processor.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javax.lang.model..",
            "javax.annotation.processing..",
            "com.palantir.javapoet..",
            "com.fasterxml.jackson..",
            "..processor.frontend..",
            "..processor.validation..",
            "..processor.binding..",
            "..processor.codegen..")
        .check(CLASSES);
  }

  @Test
  void theResolverSeesOnlyTheModel() {
    noClasses()
        .that()
        .resideInAPackage("..processor.binding..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javax.lang.model..",
            "javax.annotation.processing..",
            "com.palantir.javapoet..",
            "com.fasterxml.jackson..",
            "..processor.frontend..",
            "..processor.validation..",
            "..processor.codegen..")
        .check(CLASSES);
  }

  /** Strategies render their part and know no writer: writers ask them, never the reverse. */
  @Test
  void strategiesDoNotKnowTheWriters() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "..processor.codegen.marshal..",
            "..processor.codegen.errors..",
            "..processor.codegen.upcall..")
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("dev.ffmbind.processor.codegen")
                .and(
                    DescribedPredicate.not(
                        JavaClass.Predicates.equivalentTo(
                            dev.ffmbind.processor.codegen.Poet.class)))
                .as("the writers of dev.ffmbind.processor.codegen"))
        .check(CLASSES);
  }

  @Test
  void theGeneratorSeesOnlyTheModel() {
    noClasses()
        .that()
        .resideInAPackage("..processor.codegen..")
        .should()
        .dependOnClassesThat(JAVAC_ELEMENTS)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("..processor.frontend..", "..processor.validation..")
        .check(CLASSES);
  }

  @Test
  void theValidatorIsIndependentOfFrontEndsAndGenerator() {
    noClasses()
        .that()
        .resideInAPackage("..processor.validation..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javax.lang.model.element..",
            "..processor.frontend..",
            "..processor.binding..",
            "..processor.codegen..",
            "com.palantir.javapoet..")
        .check(CLASSES);
  }

  @Test
  void frontEndsDoNotGenerate() {
    noClasses()
        .that()
        .resideInAPackage("..processor.frontend..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "..processor.codegen..",
            "..processor.validation..",
            "..processor.binding..",
            "com.palantir.javapoet..")
        .check(CLASSES);
  }

  @Test
  void theYamlFrontEndDoesNotSeeJavac() {
    noClasses()
        .that()
        .resideInAPackage("..processor.frontend.yaml..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javax.lang.model.element..",
            "javax.annotation.processing..",
            "..processor.frontend.annotation..")
        .check(CLASSES);
  }

  @Test
  void theAbiCheckSeesOnlyTheModel() {
    // It checks a model, whichever front end built it; the importer may use the pipeline.
    noClasses()
        .that()
        .resideInAPackage("..processor.abi..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "javax.lang.model..",
            "javax.annotation.processing..",
            "..processor.frontend..",
            "..processor.validation..",
            "..processor.codegen..",
            "..processor.importer..",
            "com.palantir.javapoet..")
        .check(CLASSES);
  }
}
