package com.marketplace.sellerperformance.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Reads the class files a rule set compiled to (with ASM, before any of them is loaded) and lists
 * every reference outside the program's own generated classes that {@link RuleCodeAllowList} does
 * not allow: the types they use, the methods they call, the fields they touch, the lambdas they make.
 */
final class CompiledRuleCheck {

    /** A forbidden reference, found in a method (or the header) of a generated class. */
    record Finding(String className, String method, String reference) {
    }

    /**
     * Where each rule's code went: the generated method that builds a rule (by rule name), and the
     * generated classes (lambdas for its conditions and consequence) that method uses.
     */
    record Layout(Map<String, String> ruleOfMethod, Map<String, Set<String>> classesUsedByMethod) {
    }

    private static final Set<String> BOOTSTRAPS = Set.of(
            "java/lang/invoke/LambdaMetafactory.metafactory", "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/runtime/ObjectMethods.bootstrap");

    private CompiledRuleCheck() {
    }

    /** Class files by path (e.g. {@code fbaonsite/Rules1234.class}) → the forbidden references in them. */
    static List<Finding> forbidden(Map<String, byte[]> classFiles, Layout layout) {
        Set<String> own = classFiles.keySet().stream().map(path -> path.replaceFirst("\\.class$", ""))
                .collect(Collectors.toSet());
        List<Finding> findings = new ArrayList<>();
        ClassLoader service = CompiledRuleCheck.class.getClassLoader();
        for (String type : own) {
            // The service's class would be the one loaded, unchecked, wherever rule code names it.
            if (service.getResource(type + ".class") != null) {
                findings.add(new Finding(type, null, "the name of the service's class " + type.replace('/', '.')));
            }
        }
        classFiles.forEach((path, bytes) -> new ClassReader(bytes)
                .accept(new Reader(own, findings, layout), ClassReader.SKIP_FRAMES));
        return findings;
    }

    static Layout newLayout() {
        return new Layout(new HashMap<>(), new HashMap<>());
    }

    private static final class Reader extends ClassVisitor {
        private final Set<String> own;
        private final List<Finding> findings;
        private final Layout layout;
        private final Set<String> reported = new LinkedHashSet<>();
        private String className;

        Reader(Set<String> own, List<Finding> findings, Layout layout) {
            super(Opcodes.ASM9);
            this.own = own;
            this.findings = findings;
            this.layout = layout;
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            className = name;
            if (superName != null) {
                type(null, superName);
            }
            for (String implemented : interfaces) {
                type(null, implemented);
            }
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            descriptor(null, Type.getType(descriptor));
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            descriptor(name, Type.getMethodType(descriptor));
            String where = className + "." + name;
            return new MethodVisitor(Opcodes.ASM9) {
                private String lastText;

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    used(type);
                    type(name, type);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                    used(owner);
                    member(name, owner, field);
                    descriptor(name, Type.getType(fieldDescriptor));
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
                                            boolean isInterface) {
                    used(owner);
                    if (owner.startsWith("org/drools/model") && (method.equals("rule") || method.equals("query"))
                            && lastText != null) {
                        layout.ruleOfMethod().putIfAbsent(where, lastText);
                    }
                    member(name, owner, method);
                    descriptor(name, Type.getMethodType(methodDescriptor));
                }

                private void used(String type) {
                    if (own.contains(type)) {
                        layout.classesUsedByMethod().computeIfAbsent(where, key -> new LinkedHashSet<>()).add(type);
                    }
                }

                @Override
                public void visitInvokeDynamicInsn(String method, String methodDescriptor, Handle bootstrap,
                                                   Object... arguments) {
                    if (!BOOTSTRAPS.contains(bootstrap.getOwner() + "." + bootstrap.getName())) {
                        report(name, bootstrap.getOwner().replace('/', '.') + "." + bootstrap.getName());
                    }
                    descriptor(name, Type.getMethodType(methodDescriptor));
                    for (Object argument : arguments) {
                        constant(name, argument);
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof String text) {
                        lastText = text;
                    }
                    constant(name, value);
                }

                @Override
                public void visitMultiANewArrayInsn(String arrayDescriptor, int dimensions) {
                    descriptor(name, Type.getType(arrayDescriptor));
                }

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                    if (type != null) {
                        type(name, type);
                    }
                }
            };
        }

        private void constant(String method, Object value) {
            if (value instanceof Type type) {
                descriptor(method, type);
            } else if (value instanceof Handle handle) {
                member(method, handle.getOwner(), handle.getName());
                descriptor(method, Type.getType(handle.getDesc()));
            } else if (value instanceof ConstantDynamic dynamic) {
                report(method, "a dynamic constant " + dynamic.getName());
            }
        }

        private void descriptor(String method, Type type) {
            switch (type.getSort()) {
                case Type.METHOD -> {
                    descriptor(method, type.getReturnType());
                    for (Type argument : type.getArgumentTypes()) {
                        descriptor(method, argument);
                    }
                }
                case Type.ARRAY -> descriptor(method, type.getElementType());
                case Type.OBJECT -> type(method, type.getInternalName());
                default -> {
                    // a primitive
                }
            }
        }

        private void type(String method, String type) {
            if (type.startsWith("[")) {
                descriptor(method, Type.getType(type));
            } else if (!own.contains(type) && !RuleCodeAllowList.allowsType(type)) {
                report(method, type.replace('/', '.'));
            }
        }

        private void member(String method, String owner, String member) {
            if (owner.startsWith("[")) {
                descriptor(method, Type.getType(owner));
            } else if (!own.contains(owner) && !RuleCodeAllowList.allowsMember(owner, member)) {
                report(method, owner.replace('/', '.') + "." + member);
            }
        }

        private void report(String method, String reference) {
            if (reported.add(method + " " + reference)) {
                findings.add(new Finding(className, method, reference));
            }
        }
    }
}
