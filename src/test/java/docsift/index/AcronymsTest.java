package docsift.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import docsift.index.Acronyms.Acronym;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Acronym definitions found in prose and headings, both orders, and look-alikes that are not definitions. */
class AcronymsTest {
    @Test
    void longFormThenAcronym() {
        assertEquals(List.of(new Acronym("oop", "object oriented programming")),
                Acronyms.find("topics in object-oriented programming (**OOP**) in Python"));
        assertEquals(List.of(new Acronym("iot", "internet of things")), Acronyms.find("Integrate with Internet of Things (IoT)"));
        assertEquals(List.of(new Acronym("hsts", "http strict transport security")),
                Acronyms.find("headers like HTTP Strict Transport Security (HSTS) and more"));
    }

    @Test
    void acronymThenLongForm() {
        assertEquals(List.of(new Acronym("wsgi", "web server gateway interface")),
                Acronyms.find("WSGI (Web Server Gateway Interface):"));
        assertEquals(List.of(new Acronym("orm", "object relational mapping")),
                Acronyms.find("Django ORM (Object-Relational Mapping) provides"));
    }

    @Test
    void bracketsThatDefineNothingAreIgnored() {
        assertEquals(List.of(), Acronyms.find("splitting it into individual services (SOA)"));
        assertEquals(List.of(), Acronyms.find("MQTT (IoT) and the GIL (a lock) and (OK)"));
        assertEquals(List.of(), Acronyms.find("call print (X) now"));
    }

    @Test
    void definitionsAreFoundAmongOtherBrackets() {
        // Words before a bracket are read back to a punctuation mark or eight words, as the pattern read them.
        assertEquals(List.of(new Acronym("cdc", "change data capture")),
                Acronyms.find("one two three four five six seven. Use Change Data Capture (CDC) here"));
        assertEquals(List.of(new Acronym("ttl", "time to live")),
                Acronyms.find("a b c d e f g h i j k l m n o p Time To Live (TTL)"));
        assertEquals(List.of(new Acronym("dtf", "data transfer format")),
                Acronyms.find("see ABC (not one), then DTF (Data Transfer Format) and XY (why not)"));
        assertEquals(List.of(new Acronym("pii", "personally identifiable information")),
                Acronyms.find("(PII) alone, and later Personally Identifiable Information (PII)"));
    }

    @Test
    void textWithoutBracketsOrWithManyIsReadInOnePass() {
        // Linear by construction: each bracket is looked at once, within a bounded window.
        String words = "word ".repeat(200_000);
        assertEquals(List.of(), Acronyms.find(words));
        assertEquals(List.of(), Acronyms.find("(A ".repeat(100_000)));
        assertEquals(List.of(), Acronyms.find("AB (".repeat(100_000)));
    }

    @Test
    void pairRoundTripsThroughItsTerm() {
        Acronym pair = new Acronym("orm", "object relational mapping");
        assertEquals(pair, Acronym.ofTerm(pair.term()));
    }
}
