package dev.ffmbind.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ffmbind.processor.diag.Diagnostic;
import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.model.CTypeExpr;
import dev.ffmbind.processor.model.CallbackParam;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.ErrorModel;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.JavaType;
import dev.ffmbind.processor.model.JavaType.Primitive;
import dev.ffmbind.processor.model.LibraryModel;
import dev.ffmbind.processor.model.LifetimeModel;
import dev.ffmbind.processor.model.OpaqueType;
import dev.ffmbind.processor.model.ParamModel;
import dev.ffmbind.processor.model.ReturnModel;
import dev.ffmbind.processor.model.SourceRef;
import dev.ffmbind.processor.model.StatusCodeModel;
import dev.ffmbind.processor.model.StatusTableModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A generated binding of 20 000 functions that uses every cross-reference the validator resolves by
 * name: optional functions, opaque types with destructors, a status table with a message function,
 * callbacks and a long typedef chain. It found validation to be quadratic in the number of
 * functions; it asserts only the result (three planted mistakes), never a time.
 */
class LargeModelValidationTest {

  private static final int FUNCTIONS = 20_000;
  private static final int OPAQUE_TYPES = 2_000;
  private static final int CALLBACKS = 500;
  private static final int TYPEDEF_CHAIN = 200;
  private static final String PACKAGE = "demo";

  @Test
  void aBindingOfTwentyThousandFunctionsReportsExactlyItsThreeMistakes() {
    Diagnostics diagnostics = new Diagnostics();
    new Validator().validate(largeModel(), diagnostics);

    assertEquals(
        List.of(
            "f4: error: [ffmbind.optional.has-clash] f4: an optional function gets a generated"
                + " method 'hasF4' that tells whether the library has it, but a function of that"
                + " name is declared too",
            "f9: error: [ffmbind.function.duplicate] function 'f9' is declared twice",
            "x: error: [ffmbind.type.unknown] unknown C type 'obj_x'; declare it under"
                + " opaque_types (a struct only used through pointers) or typedefs;"
                + " did you mean 'obj_0'?"),
        diagnostics.all().stream().map(Diagnostic::format).toList());
  }

  /** The model; each function's reference describes itself by its Java name. */
  static LibraryModel largeModel() {
    Map<String, String> typedefs = new LinkedHashMap<>();
    typedefs.put("len_0", "size_t");
    for (int i = 1; i < TYPEDEF_CHAIN; i++) {
      typedefs.put("len_" + i, "len_" + (i - 1));
    }
    String length = "len_" + (TYPEDEF_CHAIN - 1);

    List<OpaqueType> opaques = new ArrayList<>();
    List<FunctionModel> functions = new ArrayList<>();
    for (int k = 0; k < OPAQUE_TYPES; k++) {
      OpaqueType type =
          new OpaqueType(
              ref("obj_" + k),
              "obj_" + k,
              handleClass(k),
              true,
              "",
              Optional.of("obj_" + k + "_free"));
      opaques.add(type);
      functions.add(
          function(
              "obj" + k + "Free",
              "obj_" + k + "_free",
              List.of(param("h", "obj_" + k + "*", new JavaType.Handle(handleClass(k)))),
              ret("void", new JavaType.Void()),
              ErrorModel.NONE,
              false,
              false));
    }

    List<CallbackType> callbacks = new ArrayList<>();
    for (int k = 0; k < CALLBACKS; k++) {
      callbacks.add(
          new CallbackType(
              ref("cb_" + k),
              "cb_" + k,
              callbackClass(k),
              true,
              "call",
              List.of(
                  new CallbackParam(
                      ref("cb_" + k + "(data)"),
                      "data",
                      type("void*"),
                      new JavaType.UserData(),
                      Optional.empty(),
                      Optional.empty()),
                  new CallbackParam(
                      ref("cb_" + k + "(x)"),
                      "x",
                      type("int"),
                      new JavaType.Scalar(Primitive.INT),
                      Optional.empty(),
                      Optional.empty())),
              ret("int", new JavaType.Scalar(Primitive.INT)),
              Optional.of("-1"),
              ""));
    }

    StatusTableModel table =
        new StatusTableModel(
            ref("st"),
            "st",
            JavaClassName.of(PACKAGE, "Big", "StException"),
            List.of(
                new StatusCodeModel(ref("OK"), "OK", 0, true, "fine"),
                new StatusCodeModel(ref("ERR"), "ERR", 1, false, "failed")),
            Optional.of("st_message"));
    functions.add(
        function(
            "stMessage",
            "st_message",
            List.of(param("code", "int", new JavaType.Scalar(Primitive.INT))),
            ret("const char*", new JavaType.Str()),
            ErrorModel.NONE,
            false,
            false));

    int downcalls = FUNCTIONS - functions.size() - 3;
    for (int i = 0; i < downcalls; i++) {
      functions.add(downcall(i, length));
    }
    // The three mistakes: a clash with f4's availability method, a duplicate, an unknown type.
    functions.add(
        function(
            "hasF4",
            "has_f4",
            List.of(),
            ret("int", new JavaType.Scalar(Primitive.INT)),
            ErrorModel.NONE,
            false,
            false));
    functions.add(downcall(9, length));
    functions.add(
        function(
            "mystery",
            "mystery",
            List.of(param("x", "obj_x*", new JavaType.Segment())),
            ret("void", new JavaType.Void()),
            ErrorModel.NONE,
            false,
            false));

    return LibraryModel.builder(ref("big.yaml"), JavaClassName.of(PACKAGE, "Big"), "big")
        .charset("UTF-8")
        .typedefs(typedefs)
        .opaqueTypes(opaques)
        .statusTables(List.of(table))
        .callbacks(callbacks)
        .functions(functions)
        .build();
  }

  /** Function {@code i}: one of three shapes, each reaching other declarations by name. */
  private static FunctionModel downcall(int i, String length) {
    String name = "f" + i;
    String symbol = "f_" + i;
    JavaType.Scalar integer = new JavaType.Scalar(Primitive.INT);
    return switch (i % 3) {
      case 0 -> {
        int k = i % OPAQUE_TYPES;
        yield function(
            name,
            symbol,
            List.of(
                param("h", "obj_" + k + "*", new JavaType.Handle(handleClass(k))),
                param("buf", "const uint8_t*", new JavaType.PrimitiveArray(Primitive.BYTE)),
                ParamModel.builder(
                        ref(name + "(n)"), "n", type(length), new JavaType.Scalar(Primitive.LONG))
                    .lengthOf("buf")
                    .build()),
            ret("int", integer),
            ErrorModel.status("st"),
            false,
            true);
      }
      case 1 ->
          function(
              name,
              symbol,
              List.of(param("fd", "int", integer)),
              ret("ssize_t", new JavaType.Scalar(Primitive.LONG)),
              ErrorModel.of(ErrorModel.Kind.MINUS_ONE_ERRNO),
              true,
              true);
      default -> {
        int k = i % CALLBACKS;
        yield function(
            name,
            symbol,
            List.of(
                ParamModel.builder(
                        ref(name + "(fn)"),
                        "fn",
                        type("cb_" + k),
                        new JavaType.Callback(callbackClass(k), "cb_" + k))
                    .lifetime(LifetimeModel.CALL)
                    .build(),
                param("data", "void*", new JavaType.UserData())),
            ret("void", new JavaType.Void()),
            ErrorModel.NONE,
            false,
            false);
      }
    };
  }

  private static FunctionModel function(
      String javaName,
      String symbol,
      List<ParamModel> params,
      ReturnModel returns,
      ErrorModel errors,
      boolean retry,
      boolean optional) {
    return FunctionModel.builder(ref(javaName), javaName, symbol, params, returns, errors)
        .retryOnEintr(retry)
        .optional(optional)
        .build();
  }

  private static ParamModel param(String name, String cType, JavaType javaType) {
    return ParamModel.builder(ref(name), name, type(cType), javaType).build();
  }

  private static ReturnModel ret(String cType, JavaType javaType) {
    return ReturnModel.builder(ref("return"), type(cType), javaType).build();
  }

  private static CTypeExpr type(String spelling) {
    return CTypeExpr.parse(spelling).orElseThrow();
  }

  private static JavaClassName handleClass(int k) {
    return JavaClassName.of(PACKAGE, "Big", "Obj" + k);
  }

  private static JavaClassName callbackClass(int k) {
    return JavaClassName.of(PACKAGE, "Big", "Cb" + k);
  }

  private static SourceRef ref(String where) {
    return () -> where;
  }
}
