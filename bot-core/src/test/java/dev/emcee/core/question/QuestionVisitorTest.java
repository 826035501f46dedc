package dev.emcee.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every kind of question, found by reflection over the sealed hierarchy, reaches the visitor method made for it
 * with itself, and every visitor method is reached by one kind.
 */
class QuestionVisitorTest {
    private final Set<Method> reached = new HashSet<>();

    @Test
    void everyKindOfQuestionReachesItsOwnVisitorMethod() throws Exception {
        List<Class<?>> kinds = leaves(Question.class).toList();
        assertThat(kinds).hasSizeGreaterThan(25).contains(Question.Next.class, Question.UnclearSession.class);

        for (Class<?> kind : kinds) {
            Question question = (Question) example(kind);
            QuestionVisitor<Method> visitor = recording(QuestionVisitor.class, question);
            Method visited = question.accept(visitor);
            if (question instanceof Question.Personal personal) {
                assertThat(visited.getName()).as(kind.getSimpleName()).isEqualTo("personal");
                PersonalQuestionVisitor<Method> personalVisitor = recording(PersonalQuestionVisitor.class, question);
                visited = personal.accept(personalVisitor);
            }
            assertThat(visited.getParameterTypes()).as(kind.getSimpleName()).containsExactly(kind);
        }

        assertThat(reached).containsExactlyInAnyOrder(Stream.of(QuestionVisitor.class, PersonalQuestionVisitor.class)
                .flatMap(v -> Arrays.stream(v.getDeclaredMethods())).toArray(Method[]::new));
    }

    /** A visitor that answers with the method called, after checking that it was given {@code expected}. */
    @SuppressWarnings("unchecked")
    private <V> V recording(Class<? super V> visitor, Question expected) {
        return (V) Proxy.newProxyInstance(visitor.getClassLoader(), new Class<?>[] {visitor}, (proxy, method, args) -> {
            assertThat(args).as(method.getName()).containsExactly(expected);
            reached.add(method);
            return method;
        });
    }

    private static Stream<Class<?>> leaves(Class<?> sealed) {
        return Arrays.stream(sealed.getPermittedSubclasses())
                .flatMap(c -> c.isSealed() ? leaves(c) : Stream.of(c));
    }

    /** A value of {@code type} for a record component; a record is built from values of its own components. */
    private static Object example(Class<?> type) throws Exception {
        if (type == String.class) return "words";
        if (type == boolean.class) return false;
        if (type == int.class) return 1;
        if (type == List.class) return List.of();
        if (type == Optional.class) return Optional.empty();
        if (type == Duration.class) return Duration.ofMinutes(15);
        if (type == LocalTime.class) return LocalTime.NOON;
        if (type == LocalDate.class) return LocalDate.of(2018, 6, 14);
        if (type.isEnum()) return type.getEnumConstants()[0];
        if (type.isSealed()) return example(leaves(type).findFirst().orElseThrow());
        if (!type.isRecord()) throw new IllegalArgumentException("No example value for " + type + ": add one");
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            values[i] = example(types[i]);
        }
        return type.getDeclaredConstructor(types).newInstance(values);
    }
}
