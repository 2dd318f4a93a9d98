//! What a figure is: a claim, or a date, year, time, ordinal, age, duration, time reference,
//! name or code, score, or vague quantity.
