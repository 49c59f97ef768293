package com.marketplace.sellerperformance.engine;

import java.util.Map;
import java.util.Set;

/**
 * What compiled rule code may reach: the programs' fact classes, plain values and collections from
 * the JDK, and the parts of Drools that generated rules and consequences need to decide (insert,
 * update, delete). Everything else — files, processes, the network, reflection, threads, the
 * system, class loading, and Drools' own utilities — is out.
 */
final class RuleCodeAllowList {

    private static final Set<String> FACT_PACKAGES = Set.of(
            "com/marketplace/sellerperformance/facts/",
            "com/marketplace/sellerperformance/fbaonsite/facts/",
            "com/marketplace/sellerperformance/serviceproviders/facts/");

    /** Whole packages (not their subpackages) of plain values. */
    private static final Set<String> VALUE_PACKAGES = Set.of(
            "java/math/", "java/time/", "java/time/format/", "java/time/temporal/", "java/time/chrono/",
            "java/util/function/", "java/util/stream/", "java/util/regex/");

    private static final Set<String> JAVA_LANG = Set.of(
            "Object", "String", "StringBuilder", "StringBuffer", "CharSequence", "Boolean", "Byte", "Short",
            "Character", "Integer", "Long", "Float", "Double", "Number", "Math", "StrictMath", "Enum",
            "Comparable", "Iterable", "Void", "Record", "Throwable", "Runnable", "AutoCloseable", "Override",
            "FunctionalInterface", "Deprecated", "SuppressWarnings", "SafeVarargs");

    /** java.util (not its subpackages but those of VALUE_PACKAGES) minus what reaches files, threads, services or the environment. */
    private static final Set<String> JAVA_UTIL_OUT = Set.of(
            "ServiceLoader", "Timer", "TimerTask", "Properties", "ResourceBundle", "PropertyResourceBundle",
            "ListResourceBundle", "Scanner", "Formatter", "PropertyPermission", "Observable", "EventListener",
            "EventObject", "Currency");

    /** Members of otherwise allowed classes that read or change the environment. */
    private static final Map<String, Set<String>> MEMBERS_OUT = Map.of(
            "java/lang/Integer", Set.of("getInteger"),
            "java/lang/Long", Set.of("getLong"),
            "java/lang/Boolean", Set.of("getBoolean"),
            "java/util/Locale", Set.of("setDefault"),
            "java/util/TimeZone", Set.of("setDefault"),
            "java/lang/Object", Set.of("wait", "notify", "notifyAll"),
            "java/lang/Throwable", Set.of("printStackTrace", "setStackTrace"));

    /** What the executable model generates rules, patterns and consequences from. */
    private static final Set<String> DROOLS_PACKAGES = Set.of(
            "org/drools/model/", "org/drools/model/functions/", "org/drools/model/functions/accumulate/",
            "org/drools/model/functions/temporal/", "org/drools/model/view/", "org/drools/model/index/",
            "org/drools/model/consequences/", "org/drools/model/patterns/", "org/drools/model/constraints/",
            "org/drools/model/impl/", "org/drools/model/operators/", "org/drools/model/bitmask/",
            "org/drools/core/base/accumulators/", "org/drools/modelcompiler/dsl/pattern/");

    private static final Set<String> DROOLS_CLASSES = Set.of(
            "org/drools/modelcompiler/util/EvaluationUtil");

    /** A consequence given as a script would be interpreted (MVEL), out of reach of this check. */
    private static final Set<String> SCRIPTS = Set.of("org/drools/model/functions/ScriptBlock");

    /**
     * Named as types (class literals, signatures, interfaces) but none of their members may be used:
     * reflection, the interfaces declared types implement, and the serialized form of a lambda.
     */
    private static final Set<String> TYPES_ONLY = Set.of("java/lang/Class", "java/io/Serializable",
            "org/drools/base/factmodel/GeneratedFact", "org/drools/base/factmodel/AccessibleFact",
            "java/lang/invoke/SerializedLambda");

    /** Single members of classes otherwise out, which generated code needs. */
    private static final Map<String, Set<String>> MEMBERS_IN = Map.of(
            "java/lang/System", Set.of("arraycopy"),
            // what the compiler writes for a serializable lambda (queries) to recognise its own form
            "java/lang/invoke/SerializedLambda", Set.of("getImplMethodName", "getImplMethodKind",
                    "getFunctionalInterfaceClass", "getFunctionalInterfaceMethodName",
                    "getFunctionalInterfaceMethodSignature", "getImplClass", "getImplMethodSignature",
                    "getCapturedArg", "getCapturedArgCount", "getInstantiatedMethodType", "getCapturingClass"),
            "org/drools/util/DateUtils", Set.of("getDateFormatMask"));

    private RuleCodeAllowList() {
    }

    /** Whether the class (internal name) may be used as a type. */
    static boolean allowsType(String type) {
        return TYPES_ONLY.contains(type) || allowsUse(type);
    }

    /** Whether a method or field of the class may be used. */
    static boolean allowsMember(String owner, String member) {
        if (MEMBERS_IN.getOrDefault(owner, Set.of()).contains(member)) {
            return true;
        }
        if (member.equals("executeScript")) {
            return false;
        }
        return allowsUse(owner) && !MEMBERS_OUT.getOrDefault(owner, Set.of()).contains(member);
    }

    private static boolean allowsUse(String type) {
        String name = type;
        while (name.startsWith("[")) {
            name = name.substring(1);
        }
        if (name.length() == 1) {
            return true; // a primitive
        }
        if (name.startsWith("L") && name.endsWith(";")) {
            name = name.substring(1, name.length() - 1);
        }
        String pkg = name.substring(0, name.lastIndexOf('/') + 1);
        String simple = name.substring(pkg.length());
        String outer = simple.contains("$") ? simple.substring(0, simple.indexOf('$')) : simple;
        return switch (pkg) {
            case "java/lang/" -> JAVA_LANG.contains(outer) || outer.endsWith("Exception") || outer.endsWith("Error");
            case "java/util/" -> !JAVA_UTIL_OUT.contains(outer);
            default -> !SCRIPTS.contains(name) && (FACT_PACKAGES.contains(pkg) || VALUE_PACKAGES.contains(pkg)
                    || DROOLS_PACKAGES.contains(pkg) || DROOLS_CLASSES.contains(name));
        };
    }
}
