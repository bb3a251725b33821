package org.newsgraph.evaluate;

import java.time.LocalDate;
import java.util.List;

/**
 * One Reuters-21578 story as read from the SGML.
 *
 * @param id       the NEWID attribute
 * @param date     the day of the DATE element ("26-FEB-1987 15:01:01.79" -> 1987-02-26)
 * @param title    TITLE, or null
 * @param text     the dateline followed by the body, as a wire story's text begins ("NEW YORK,
 *                 March 3 - ..."); for stories without a BODY the rest of the TEXT element
 * @param places   PLACES labels
 * @param people   PEOPLE labels
 * @param topics   TOPICS labels (the editors' subject codes: crude, trade, interest, ...)
 */
public record ReutersArticle(String id, LocalDate date, String title, String text,
                             List<String> places, List<String> people, List<String> topics) {
}
