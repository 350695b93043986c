import { EXAMPLE_REQUEST, type PersonalizeRequestInput } from '@personalizer/shared';

/** A rich EMAIL request used across server tests. */
export const emailRequest: PersonalizeRequestInput = EXAMPLE_REQUEST;

/** Three grounded variants for emailRequest that pass every guardrail. */
export const cleanEmailVariants = [
  {
    subject: 'Freight visibility at Northwind',
    message:
      'Hi Dana,\n\nI saw that Northwind Logistics builds freight visibility software for mid-size shippers. As VP of Operations you likely care about how quickly shipment data turns into decisions.\n\nWould you be open to a short intro call next week?\n\nBest regards',
  },
  {
    subject: 'Your Snowflake and Segment setup',
    message:
      'Hi Dana,\n\nTeams that run Snowflake and Segment often want cleaner shipment analytics. Northwind Logistics came to mind because of its focus on freight visibility for mid-size shippers.\n\nWould a short intro call make sense?\n\nBest regards',
  },
  {
    subject: 'An idea for your operations team',
    message:
      'Hello Dana,\n\nAs VP of Operations at Northwind Logistics, you see freight visibility from the shipper side every day. I have an idea for making that data easier to act on.\n\nAre you open to a quick intro call?\n\nThanks',
  },
];

/** A variant with an invented statistic and customer: must be caught and retried. */
export const inventedClaimVariant = {
  subject: 'Cut delays at Northwind',
  message:
    'Hi Dana,\n\nCompanies like Acme Freight cut shipment delays by 40% with our platform. Northwind Logistics could see the same for its mid-size shippers.\n\nWould you be open to a short intro call?\n\nBest regards',
};

/** A sender with approved proof points, for grounding tests. */
export const sender = {
  name: 'Sam Okoro',
  company: 'RouteLoop',
  role: 'Account Executive',
  offer: 'Automatic load assignment for LTL carriers',
  proof_points: ['Used by 400 logistics teams', 'SOC 2 Type II', 'Harbor Freight cut empty miles by 18% — case study'],
};

/** A Spanish request, as an SDR in Madrid fills it in. */
export const spanishRequest: PersonalizeRequestInput = {
  channel: 'EMAIL',
  tone: 'PROFESSIONAL',
  language: 'es',
  goal: 'Agendar una llamada de 20 minutos para enseñar la lista de espera',
  lead: { first_name: 'Marta', last_name: 'Ruiz', title: 'Directora de Operaciones', company_name: 'VetSalud' },
  company_context: {
    summary: 'Red de 38 clínicas veterinarias en Madrid y Valencia.',
    keywords: ['citas perdidas', 'recordatorios'],
    tech_stack: ['ezyVet'],
  },
  sender: {
    name: 'Irene Soler',
    company: 'Citalia',
    offer: 'Recordatorios por SMS bidireccionales y lista de espera para clínicas con varias sedes.',
    proof_points: ['Usado por 120 clínicas veterinarias', 'Redujo las citas perdidas un 27 % en Grupo Levante'],
  },
};

/** A German request, as an SDR in Munich fills it in. */
export const germanRequest: PersonalizeRequestInput = {
  channel: 'EMAIL',
  tone: 'PROFESSIONAL',
  language: 'de',
  goal: 'Einen 20-minütigen Termin vereinbaren, um die Warteliste zu zeigen',
  lead: { first_name: 'Jonas', last_name: 'Weber', title: 'Leiter Praxismanagement', company_name: 'Tierwohl Praxen' },
  company_context: {
    summary: 'Kette von 24 Tierarztpraxen in Bayern.',
    keywords: ['Terminausfälle', 'Erinnerungen'],
    tech_stack: ['ezyVet'],
  },
  sender: {
    name: 'Lena Hoffmann',
    company: 'Terminfix',
    offer: 'Zwei-Wege-Erinnerungen per SMS und eine Warteliste für Praxen mit mehreren Standorten.',
    proof_points: ['Von 400 Praxen genutzt', 'Terminausfälle um 31 % gesenkt bei Tierklinik Isar'],
  },
};
