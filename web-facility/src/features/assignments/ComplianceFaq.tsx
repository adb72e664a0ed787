// The questions facility managers ask about certificates, answered in plain words.
import { Accordion, Paper, Text } from '@mantine/core';

const QUESTIONS = [
  {
    question: 'Why does a contractor have several certificates?',
    answer:
      'Each certificate covers one assignment or shift. That way the coverage matches the work the contractor actually did here, day by day.',
  },
  {
    question: 'Why are the certificates not combined into one?',
    answer:
      'Insurance carriers audit coverage payment by payment. One certificate for each paid assignment is the clearest proof that every payment was covered.',
  },
  {
    question: 'Should we save copies somewhere else?',
    answer:
      'No need. The Compliance Hub is the record: every certificate stays here and can be downloaded at any time, including during an audit.',
  },
];

export function ComplianceFaq() {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="faq-heading">
      <Text id="faq-heading" fw={700} component="h2" size="md" m={0} mb="xs">
        Questions about certificates
      </Text>
      <Accordion variant="separated" radius="md" chevronPosition="right">
        {QUESTIONS.map(({ question, answer }) => (
          <Accordion.Item key={question} value={question}>
            <Accordion.Control>{question}</Accordion.Control>
            <Accordion.Panel>
              <Text size="sm">{answer}</Text>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Paper>
  );
}
