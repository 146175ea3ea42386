-- Whether the dates (and place) of a fair's edition are still to be confirmed by its organiser:
-- the calendar, the fair's page and the iCalendar export (STATUS:TENTATIVE) say so.
ALTER TABLE fair ADD COLUMN dates_tentative BOOLEAN DEFAULT FALSE NOT NULL;
