package dev.ffmbind.processor.frontend.annotation;

import dev.ffmbind.processor.diag.Diagnostics;
import dev.ffmbind.processor.diag.Message;
import dev.ffmbind.processor.model.CallbackType;
import dev.ffmbind.processor.model.FunctionModel;
import dev.ffmbind.processor.model.JavaClassName;
import dev.ffmbind.processor.model.OpaqueType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * What the readers of one annotated interface share: javac, where problems go (and whether there
 * were any), and the handle classes and callback interfaces found so far, which become the model's
 * opaque types and callback types in the order they were first used.
 */
final class AnnotationContext {

  private final ProcessingEnvironment env;
  private final Diagnostics diagnostics;
  private final Map<String, OpaqueType> opaqueTypes = new LinkedHashMap<>();
  private final Map<String, CallbackType> callbacks = new LinkedHashMap<>();

  /** Elements whose type had a problem already reported: not reported as unsupported too. */
  private final Set<Element> typeProblemReported = new HashSet<>();

  private boolean broken;

  /** The types generated for the interface's declarations; set before methods are read. */
  private GeneratedTypes generated =
      new GeneratedTypes(JavaClassName.of("", "_"), List.of(), List.of());

  AnnotationContext(ProcessingEnvironment env, Diagnostics diagnostics) {
    this.env = env;
    this.diagnostics = diagnostics;
  }

  /** Reports an error; the interface then yields no model. */
  void error(ElementRef ref, Message message, Object... args) {
    diagnostics.error(ref, message, args);
    broken = true;
  }

  void generated(GeneratedTypes types) {
    generated = types;
  }

  GeneratedTypes generated() {
    return generated;
  }

  boolean broken() {
    return broken;
  }

  /** Reports an error about the type of {@code usedBy}, so it is not also called unsupported. */
  void typeError(Element usedBy, ElementRef ref, Message message, Object... args) {
    typeProblemReported.add(usedBy);
    error(ref, message, args);
  }

  /** Marks the type of {@code usedBy} as having a problem reported already (at another use). */
  void typeProblemAlreadyReported(Element usedBy) {
    typeProblemReported.add(usedBy);
  }

  boolean typeProblemReported(Element element) {
    return typeProblemReported.contains(element);
  }

  void addOpaqueType(OpaqueType type) {
    opaqueTypes.putIfAbsent(type.javaClass().canonicalName(), type);
  }

  List<OpaqueType> opaqueTypes() {
    return new ArrayList<>(opaqueTypes.values());
  }

  /** The C name of a handle class already read. */
  String opaqueName(JavaClassName handleClass) {
    return opaqueTypes.values().stream()
        .filter(o -> o.javaClass().equals(handleClass))
        .map(OpaqueType::cName)
        .findFirst()
        .orElseThrow();
  }

  void addCallback(CallbackType type) {
    callbacks.put(type.javaClass().canonicalName(), type);
  }

  Optional<CallbackType> callback(JavaClassName callbackClass) {
    return Optional.ofNullable(callbacks.get(callbackClass.canonicalName()));
  }

  List<CallbackType> callbacks() {
    return new ArrayList<>(callbacks.values());
  }

  /** Whether and how the element is {@code @Deprecated}. */
  FunctionModel.Deprecation deprecation(Element element) {
    if (!env.getElementUtils().isDeprecated(element)) {
      return FunctionModel.Deprecation.NONE;
    }
    boolean forRemoval =
        Annotations.find(element, "java.lang.Deprecated")
            .map(m -> Annotations.bool(m, "forRemoval", false))
            .orElse(false);
    return forRemoval
        ? FunctionModel.Deprecation.FOR_REMOVAL
        : FunctionModel.Deprecation.DEPRECATED;
  }

  /** The description part of an element's doc comment: everything before the first block tag. */
  private static final java.util.regex.Pattern BLOCK_TAG =
      java.util.regex.Pattern.compile("(?m)^[ \\t]*@");

  /**
   * The text of the {@code @param name} tag in the doc comment of {@code owner} (a record's
   * component), or empty.
   */
  String paramDoc(Element owner, String name) {
    String doc = env.getElementUtils().getDocComment(owner);
    if (doc == null) {
      return "";
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "(?m)^[ \\t]*@param[ \\t]+" + java.util.regex.Pattern.quote(name) + "\\s")
            .matcher(doc);
    if (!m.find()) {
      return "";
    }
    String rest = doc.substring(m.end());
    java.util.regex.Matcher next = BLOCK_TAG.matcher(rest);
    String text = next.find() ? rest.substring(0, next.start()) : rest;
    return text.strip().replaceAll("\\s+", " ");
  }

  String doc(Element element) {
    String doc = env.getElementUtils().getDocComment(element);
    if (doc == null) {
      return "";
    }
    // The block tags (@param, @return) end the description; javac keeps the blank after the '*'.
    java.util.regex.Matcher tag = BLOCK_TAG.matcher(doc);
    String text = tag.find() ? doc.substring(0, tag.start()) : doc;
    return text.strip();
  }

  /**
   * The abstract methods a type inherits and does not override, in the order javac lists the
   * members.
   */
  List<ExecutableElement> inheritedAbstractMethods(TypeElement type) {
    List<ExecutableElement> inherited = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(env.getElementUtils().getAllMembers(type))) {
      if (m.getModifiers().contains(Modifier.ABSTRACT) && !m.getEnclosingElement().equals(type)) {
        inherited.add(m);
      }
    }
    return inherited;
  }

  /** Whether a thrown type is a checked exception. */
  boolean isChecked(TypeMirror thrown) {
    var types = env.getTypeUtils();
    var elements = env.getElementUtils();
    TypeMirror runtime = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    return !types.isSubtype(thrown, runtime) && !types.isSubtype(thrown, error);
  }

  static boolean isDeclared(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(qualifiedName);
  }

  static boolean isSubclassOf(TypeElement type, String superclass) {
    TypeMirror current = type.getSuperclass();
    while (current.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) current).asElement();
      if (element.getQualifiedName().contentEquals(superclass)) {
        return true;
      }
      current = element.getSuperclass();
    }
    return false;
  }

  static JavaClassName className(TypeElement type) {
    List<String> names = new ArrayList<>();
    Element current = type;
    while (current instanceof TypeElement t) {
      names.add(0, t.getSimpleName().toString());
      current = t.getEnclosingElement();
    }
    String pkg = current instanceof PackageElement p ? p.getQualifiedName().toString() : "";
    return new JavaClassName(pkg, names);
  }
}
