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
    void pairRoundTripsThroughItsTerm() {
        Acronym pair = new Acronym("orm", "object relational mapping");
        assertEquals(pair, Acronym.ofTerm(pair.term()));
    }
}
