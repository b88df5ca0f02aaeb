package dev.ffmbind.processor.validation;

import static dev.ffmbind.processor.validation.YamlProblems.HEAD;
import static dev.ffmbind.processor.validation.YamlProblems.problems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names that reach Java source or a class file (issue 9): C function names that become identifiers,
 * the JDK's packages, restricted identifiers, over-long constants, nested classes of one name, and
 * names the generated class already uses. Each message with its exact text and {@code
 * file:line:col}; the annotation side is in AnnotationDiagnosticsTest.
 */
class NameValidatorYamlTest {

  @Test
  void anOwnedStringIsFreedByACFunctionName() {
    assertEquals(
        List.of(
            "spec.yaml:6:15: error: [ffmbind.ownership.free-name] f: free function"
                + " 'not a name' is not a C function name; write an identifier such as free or"
                + " sqlite3_free"),
        problems(
            HEAD
                + """
            functions:
              - name: f
                returns: {type: "char*", ownership: owned, free: "not a name"}
            """));
  }

  @Test
  void statusCodeNamesAreCIdentifiers() {
    assertEquals(
        List.of(
            "spec.yaml:7:10: error: [ffmbind.status.code-name] status table 'st':"
                + " code name 'ST\u2028LS' is not a C identifier (letters, digits, '_')"),
        problems(
            HEAD
                + """
            status_tables:
              - name: st
                codes:
                  - {name: "ST\\u2028LS", value: 0, success: true}
            functions:
              - {name: f, returns: int, errors: {status: st}}
            """));
  }

  @Test
  void theJdksPackagesAreRefused() {
    for (String pkg : List.of("java.lang", "javax.foo", "java")) {
      assertEquals(
          List.of(
              "spec.yaml:1:1: error: [ffmbind.name.reserved-package] package '"
                  + pkg
                  + "' belongs to the JDK; javac refuses classes in java.* and javax.*: choose a"
                  + " package of your own"),
          problems("library: c\npackage: " + pkg + "\nclass: C\nfunctions:\n  - {name: f}\n"));
    }
    assertEquals(
        List.of(),
        problems("library: c\npackage: javanese.x\nclass: C\nfunctions:\n  - {name: f}\n"));
  }

  @Test
  void restrictedIdentifiersCannotNameAClass() {
    assertEquals(
        List.of(
            "spec.yaml:1:1: error: [ffmbind.name.restricted] 'record' cannot name a Java class:"
                + " var, yield, record, sealed and permits are restricted identifiers",
            "spec.yaml:5:6: error: [ffmbind.name.restricted] 'sealed' cannot name a Java class:"
                + " var, yield, record, sealed and permits are restricted identifiers",
            "spec.yaml:7:6: error: [ffmbind.name.restricted] 'var' cannot name a Java class:"
                + " var, yield, record, sealed and permits are restricted identifiers"),
        problems(
            """
            library: c
            package: demo
            class: record
            opaque_types:
              - {c_name: thing, java_name: sealed}
            callbacks:
              - {name: cb_fn, java_name: var}
            functions:
              - {name: f, params: [{name: t, type: "thing*"}]}
            """));
  }

  @Test
  void aNameMustFitAClassFileConstant() {
    String symbol = "s".repeat(70_000);
    assertEquals(
        List.of(
            "spec.yaml:5:6: error: [ffmbind.name.too-long] C symbol"
                + " 'ssssssssssssssssssssssssssssssss...' takes 70000 bytes in a class file, whose"
                + " constants hold at most 65535"),
        problems(HEAD + "functions:\n  - {name: f, c_symbol: " + symbol + "}\n"));
  }

  @Test
  void twoCallbacksCannotGenerateOneInterface() {
    assertEquals(
        List.of(
            "spec.yaml:6:6: error: [ffmbind.name.duplicate-class] callback 'cb0_fn'"
                + " and callback 'cb1_fn' both generate the nested class 'Cb'; give one of them"
                + " another Java name",
            "spec.yaml:7:6: error: [ffmbind.name.duplicate-class] the binding class and"
                + " callback 'spec_fn' both generate the nested class 'Spec'; give one of them"
                + " another Java name"),
        problems(
            HEAD
                + """
            callbacks:
              - {name: cb0_fn, java_name: Cb}
              - {name: cb1_fn, java_name: Cb}
              - {name: spec_fn, java_name: Spec}
            functions:
              - {name: f}
            """));
  }

  @Test
  void functionsCannotBeNamedLikeWhatTheGeneratedClassHolds() {
    assertEquals(
        List.of(
            "spec.yaml:5:6: error: [ffmbind.name.generated-clash] function 'LINKER' clashes with"
                + " the field of Downcalls holding the linker in the generated class; choose another"
                + " name",
            "spec.yaml:6:6: error: [ffmbind.name.generated-clash] function 'load' clashes with"
                + " the static method load() in the generated class; choose another name",
            "spec.yaml:7:6: error: [ffmbind.name.generated-clash] function 'notify' clashes with"
                + " java.lang.Object's method notify() in the generated class; choose another name",
            "spec.yaml:8:6: error: [ffmbind.name.generated-clash] function 'FREE_X' clashes with"
                + " the fields of Downcalls holding deallocators (FREE_...) in the generated class;"
                + " choose another name",
            "spec.yaml:9:6: error: [ffmbind.name.generated-clash] function 'ValueLayout' clashes"
                + " with the type ValueLayout, which the generated code names in the generated"
                + " class; choose another name"),
        problems(
            HEAD
                + """
            functions:
              - {name: LINKER, c_symbol: linker}
              - {name: load, c_symbol: load_it}
              - {name: notify}
              - {name: FREE_X}
              - {name: ValueLayout}
              - {name: LOOKUPS}
              - {name: finalize, params: [{name: stmt, type: "void*"}]}
            """));
  }

  @Test
  void parametersCannotHideTypesTheGeneratedCodeNames() {
    assertEquals(
        List.of(
            "spec.yaml:6:15: error: [ffmbind.name.generated-clash] callback 'tick_fn':"
                + " parameter 'Checks' clashes with the type Checks, which the generated code names"
                + " in the generated class; choose another name",
            "spec.yaml:9:15: error: [ffmbind.name.generated-clash] f: parameter 'Downcalls'"
                + " clashes with the type Downcalls, which the generated code names in the generated"
                + " class; choose another name",
            "spec.yaml:9:45: error: [ffmbind.name.generated-clash] f: parameter 'TickFnStub'"
                + " clashes with the nested class TickFnStub in the generated class; choose another"
                + " name"),
        problems(
            HEAD
                + """
            callbacks:
              - name: tick_fn
                params: [{name: Checks, type: int}]
            functions:
              - name: f
                params: [{name: Downcalls, type: int}, {name: TickFnStub, type: int}]
            """));
  }
}
