// The date fields shared by the apps: a separate entry from '@coverline/ui' because it needs
// @mantine/dates (and its styles), which only the apps with a date field install.
export { ACCESSIBLE_CALENDAR_PROPS, DateRangeFields, UsDateInput, type DateRange, type DateRangeEnd, type DateRangeFieldsProps, type UsDateInputProps } from './DateRangeFields';
