"""The side panels: views of one article's analysis (quotes, dates, entities)."""
