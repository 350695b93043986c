/**
 * What the offline writer says in each language other than English: its openings from each angle
 * (company summary or keywords, role, tech stack, company, then generic ones for thin context), its
 * closing questions, greetings and sign-offs. Every fact in them is an input value; the rest is
 * the language's plain words, so the guardrails pass them as they pass the English ones.
 */
import type { Language, Tone } from '@personalizer/shared';
import type { Angle, Ctas, Facts, Phrasebook } from './offline.ts';
import { capitalize, inSentence } from './phrasing.ts';

type ByTone<T> = Record<Tone, T>;

/** The sentences of one language, each a function of the facts it uses. */
interface Sentences {
  and: string;
  /** " en Acme", " bei Acme": after a role or a topic; '' without a company. */
  at(company: string): string;
  /** Goals are lower-cased inside a question, except where nouns keep their capitals (German). */
  lowerGoal: boolean;
  keywords: { hook: ByTone<(company: string | null, list: string) => string>; short(keyword: string): string };
  summary: {
    hook(company: string | null, summary: string): string;
    short(what: string): string;
    subject(company: string | null): string;
  };
  title: {
    hook: ByTone<(title: string, at: string, keyword: string | null) => string>;
    short(title: string): string;
    subject(title: string, at: string): string;
  };
  tech: { hook: ByTone<(company: string | null, list: string, at: string) => string>; short(tech: string): string };
  company: { hook(company: string): string; short(company: string): string; subject(company: string): string };
  /** What a generic opening is about: the first fact there is ("" when none). */
  about(f: Facts): string;
  /** Three generic openings for thin context, tied to what `about` names. */
  generic: ((about: string, name: string) => Angle)[];
  questions: { tied: ByTone<(goal: string) => string>; compact: ByTone<string>; minimal: ByTone<string> };
  greeting: ByTone<(name: string) => string>;
  signOff: ByTone<string>;
  bridge: string;
  subjects(name: string): string[];
  smsIntro(name: string | undefined, company: string | undefined): string;
  offer(offer: string, company: string | undefined): string;
  proof(proof: string): string;
}

const noStop = (s: string) => s.replace(/[.!?]$/, '');

/** The openings in personalization order, as the English writer orders them. */
function anglesFrom(w: Sentences, f: Facts, tone: Tone): Angle[] {
  const at = f.company ? w.at(f.company) : '';
  const [keyword] = f.keywords;
  const [tech] = f.tech;
  const list = (items: string[]) => items.join(` ${w.and} `);
  const out: Angle[] = [];
  const keywordAngle: Angle | null = keyword
    ? {
        hook: w.keywords.hook[tone](f.company, list(f.keywords)),
        shortHook: w.keywords.short(keyword),
        subject: `${capitalize(keyword)}${at}`,
      }
    : null;
  if (f.summary) {
    out.push({
      hook: w.summary.hook(f.company, f.summary),
      shortHook: w.summary.short(f.company ?? keyword ?? f.summary),
      subject: w.summary.subject(f.company),
    });
  } else if (keywordAngle) out.push(keywordAngle);
  if (f.title) {
    out.push({
      hook: w.title.hook[tone](f.title, at, keyword ?? null),
      shortHook: w.title.short(f.title),
      subject: w.title.subject(f.title, at),
    });
  }
  if (tech)
    out.push({
      hook: w.tech.hook[tone](f.company, list(f.tech), at),
      shortHook: w.tech.short(tech),
      subject: `${tech}${at}`,
    });
  if (f.summary && keywordAngle) out.push(keywordAngle);
  if (f.company)
    out.push({
      hook: w.company.hook(f.company),
      shortHook: w.company.short(f.company),
      subject: w.company.subject(f.company),
    });
  const about = w.about(f);
  return [...out, ...w.generic.map((g) => g(about, f.name))];
}

function phrasebook(w: Sentences): Phrasebook {
  return {
    smsIntro: w.smsIntro,
    offer: w.offer,
    proof: w.proof,
    summary: (summary) => {
      const sentence = summary?.split(/(?<=[.!?])\s+/)[0]?.trim();
      const words = sentence?.split(/\s+/).length ?? 0;
      return sentence && words >= 4 && words <= 30 ? (/[.!?]$/.test(sentence) ? sentence : `${sentence}.`) : null;
    },
    angles: (f, tone) => anglesFrom(w, f, tone),
    questions: (f): Record<keyof Ctas, ByTone<string>> => {
      const goal = w.lowerGoal ? inSentence(f.goal) : f.goal;
      const tied = {
        PROFESSIONAL: w.questions.tied.PROFESSIONAL(goal),
        FRIENDLY: w.questions.tied.FRIENDLY(goal),
        DIRECT: w.questions.tied.DIRECT(goal),
      };
      return { tied, compact: w.questions.compact, minimal: w.questions.minimal };
    },
    greeting: (name, tone) => w.greeting[tone](name),
    signOff: w.signOff,
    bridge: w.bridge,
    subjects: w.subjects,
  };
}

const es: Sentences = {
  and: 'y',
  at: (c) => ` en ${c}`,
  lowerGoal: true,
  keywords: {
    hook: {
      PROFESSIONAL: (c, list) => `Te escribo por el trabajo de ${c ?? 'tu equipo'} en ${list}.`,
      FRIENDLY: (c, list) => `El trabajo de ${c ?? 'tu equipo'} en ${list} me ha llamado la atención.`,
      DIRECT: (c, list) => `Voy al grano: ${list}${c ? ` en ${c}` : ''}.`,
    },
    short: (k) => `Te escribo por ${k}.`,
  },
  summary: {
    hook: (c, s) => `Te escribo por ${c ?? 'tu empresa'}: ${inSentence(s)}`,
    short: (what) => `Te escribo por ${what}.`,
    subject: (c) => (c ? `Sobre ${c}` : 'Sobre tu trabajo'),
  },
  title: {
    hook: {
      PROFESSIONAL: (t, at, k) =>
        `Como ${t}${at}, seguramente ${k ? `conoces de cerca ${k}` : 'eres la persona indicada'}.`,
      FRIENDLY: (t, at) => `Pensé en ti porque eres ${t}${at}.`,
      DIRECT: (t, at) => `Te escribo porque eres ${t}${at}.`,
    },
    short: (t) => `Te escribo porque eres ${t}.`,
    subject: (t, at) => `Para ${t}${at}`,
  },
  tech: {
    hook: {
      PROFESSIONAL: (c, list) => `Veo que ${c ?? 'tu equipo'} trabaja con ${list}.`,
      FRIENDLY: (c, list) => `Veo que ${c ?? 'tu equipo'} usa ${list}.`,
      DIRECT: (_c, list, at) => `Trabajáis con ${list}${at}.`,
    },
    short: (t) => `Veo que usáis ${t}.`,
  },
  company: {
    hook: (c) => `Quería escribirte directamente sobre ${c}.`,
    short: (c) => `Te escribo sobre ${c}.`,
    subject: (c) => `Sobre ${c}`,
  },
  about: (f) =>
    f.keywords[0]
      ? ` sobre ${f.keywords[0]}`
      : f.tech[0]
        ? ` sobre vuestro uso de ${f.tech[0]}`
        : f.company
          ? ` sobre ${f.company}`
          : f.title
            ? ` por tu papel como ${f.title}`
            : '',
  generic: [
    (about, name) => ({
      hook: `Te escribo${about} con una idea concreta.`,
      shortHook: `Tengo una idea${about || ' para ti'}.`,
      subject: `Una idea para ti, ${name}`,
    }),
    (about, name) => {
      const hook = about ? `Seré breve: te escribo${about}.` : 'Seré breve.';
      return { hook, shortHook: hook, subject: `Una pregunta breve, ${name}` };
    },
    (about, name) => ({
      hook: `Creo que esto puede serte útil${about}.`,
      shortHook: `Esto puede ayudarte${about}.`,
      subject: `Una pregunta para ${name}`,
    }),
  ],
  questions: {
    tied: {
      PROFESSIONAL: (g) => `¿Te parece bien lo siguiente: ${g}?`,
      FRIENDLY: (g) => `¿Qué te parece: ${g}?`,
      DIRECT: (g) => `¿Te encaja: ${g}?`,
    },
    compact: {
      PROFESSIONAL: '¿Te parece bien una conversación breve?',
      FRIENDLY: '¿Te apetece una charla rápida?',
      DIRECT: '¿Hablamos?',
    },
    minimal: { PROFESSIONAL: '¿Hablamos?', FRIENDLY: '¿Una charla?', DIRECT: '¿Una llamada?' },
  },
  greeting: { PROFESSIONAL: (n) => `Hola ${n},`, FRIENDLY: (n) => `¡Hola ${n}!`, DIRECT: (n) => `Hola ${n},` },
  signOff: { PROFESSIONAL: 'Un saludo', FRIENDLY: '¡Gracias!', DIRECT: 'Gracias' },
  bridge: 'Por eso te escribo a ti en particular.',
  subjects: (name) => [`Una pregunta para ${name}`, 'Una pregunta breve'],
  smsIntro: (name, company) => (name && company ? `soy ${name}, de ${company}.` : `soy ${name ?? company}.`),
  offer: (offer, company) => `${company ? `En ${company} ofrecemos` : 'Ofrecemos'} ${inSentence(noStop(offer))}.`,
  proof: (proof) => `Como referencia: ${inSentence(proof)}.`,
};

const de: Sentences = {
  and: 'und',
  at: (c) => ` bei ${c}`,
  lowerGoal: false,
  keywords: {
    hook: {
      PROFESSIONAL: (c, list) =>
        `Ich schreibe Ihnen wegen ${c ? `der Arbeit von ${c}` : 'Ihrer Arbeit'} rund um ${list}.`,
      FRIENDLY: (c, list) => `Die Arbeit von ${c ?? 'Ihrem Team'} rund um ${list} hat mich neugierig gemacht.`,
      DIRECT: (c, list) => `Kurz und direkt: Es geht um ${list}${c ? ` bei ${c}` : ''}.`,
    },
    short: (k) => `Es geht um ${k}.`,
  },
  summary: {
    hook: (c, s) => `Ich schreibe Ihnen wegen ${c ?? 'Ihres Unternehmens'}: ${s}`,
    short: (what) => `Es geht um ${what}.`,
    subject: (c) => (c ? `Zu ${c}` : 'Zu Ihrer Arbeit'),
  },
  title: {
    hook: {
      PROFESSIONAL: (t, at, k) => `Als ${t}${at} sind Sie vermutlich ${k ? `nah an ${k}` : 'die richtige Person'}.`,
      FRIENDLY: (t, at) => `Ich dachte an Sie, weil Sie ${t}${at} sind.`,
      DIRECT: (t, at) => `Ich schreibe Ihnen als ${t}${at}.`,
    },
    short: (t) => `Ich schreibe Ihnen als ${t}.`,
    subject: (t, at) => `Für ${t}${at}`,
  },
  tech: {
    hook: {
      PROFESSIONAL: (c, list) => `Wie ich sehe, arbeitet ${c ?? 'Ihr Team'} mit ${list}.`,
      FRIENDLY: (c, list) => `Wie ich sehe, setzt ${c ?? 'Ihr Team'} auf ${list}.`,
      DIRECT: (_c, list, at) => `Sie arbeiten mit ${list}${at}.`,
    },
    short: (t) => `Sie nutzen ${t}.`,
  },
  company: {
    hook: (c) => `Ich wollte mich direkt wegen ${c} bei Ihnen melden.`,
    short: (c) => `Es geht um ${c}.`,
    subject: (c) => `Zu ${c}`,
  },
  about: (f) =>
    f.keywords[0]
      ? ` zum Thema ${f.keywords[0]}`
      : f.tech[0]
        ? ` zu Ihrem Einsatz von ${f.tech[0]}`
        : f.company
          ? ` zu ${f.company}`
          : f.title
            ? ` an Sie als ${f.title}`
            : '',
  generic: [
    (about, name) => ({
      hook: `Ich melde mich${about} mit einer konkreten Idee.`,
      shortHook: `Ich habe eine Idee${about || ' für Sie'}.`,
      subject: `Eine Idee für Sie, ${name}`,
    }),
    (about, name) => {
      const hook = about ? `Ganz kurz: Ich schreibe Ihnen${about}.` : 'Ich fasse mich kurz.';
      return { hook, shortHook: hook, subject: `Kurze Frage, ${name}` };
    },
    (about, name) => ({
      hook: `Ich glaube, das könnte Ihnen helfen${about}.`,
      shortHook: `Das könnte helfen${about}.`,
      subject: `Eine Frage an ${name}`,
    }),
  ],
  questions: {
    tied: {
      PROFESSIONAL: (g) => `Wie klingt das für Sie: ${g}?`,
      FRIENDLY: (g) => `Was meinen Sie: ${g}?`,
      DIRECT: (g) => `Passt das: ${g}?`,
    },
    compact: {
      PROFESSIONAL: 'Wären Sie offen für ein kurzes Gespräch?',
      FRIENDLY: 'Hätten Sie Lust auf ein kurzes Gespräch?',
      DIRECT: 'Kurz telefonieren?',
    },
    minimal: { PROFESSIONAL: 'Kurzes Gespräch?', FRIENDLY: 'Kurz sprechen?', DIRECT: 'Telefonieren?' },
  },
  greeting: { PROFESSIONAL: (n) => `Hallo ${n},`, FRIENDLY: (n) => `Hallo ${n}!`, DIRECT: (n) => `Hallo ${n},` },
  signOff: { PROFESSIONAL: 'Viele Grüße', FRIENDLY: 'Danke!', DIRECT: 'Danke' },
  bridge: 'Deshalb schreibe ich gerade Ihnen.',
  subjects: (name) => [`Eine Frage an ${name}`, 'Eine kurze Frage'],
  smsIntro: (name, company) => (name && company ? `hier ist ${name} von ${company}.` : `hier ist ${name ?? company}.`),
  offer: (offer, company) => `${company ? `${company} bietet` : 'Wir bieten'} ${noStop(offer)}.`,
  proof: (proof) => `Zur Einordnung: ${proof}.`,
};

const fr: Sentences = {
  and: 'et',
  at: (c) => ` chez ${c}`,
  lowerGoal: true,
  keywords: {
    hook: {
      PROFESSIONAL: (c, list) => `Je vous écris au sujet du travail de ${c ?? 'votre équipe'} sur ${list}.`,
      FRIENDLY: (c, list) => `Le travail de ${c ?? 'votre équipe'} sur ${list} m'a donné envie de vous écrire.`,
      DIRECT: (c, list) => `Droit au but : ${list}${c ? ` chez ${c}` : ''}.`,
    },
    short: (k) => `Je vous écris au sujet de ${k}.`,
  },
  summary: {
    hook: (c, s) => `Je vous écris au sujet de ${c ?? 'votre entreprise'} : ${inSentence(s)}`,
    short: (what) => `Je vous écris au sujet de ${what}.`,
    subject: (c) => (c ? `À propos de ${c}` : 'À propos de votre travail'),
  },
  title: {
    hook: {
      PROFESSIONAL: (t, at, k) =>
        `En tant que ${t}${at}, vous êtes sans doute ${k ? `proche du sujet ${k}` : 'la bonne personne'}.`,
      FRIENDLY: (t, at) => `J'ai pensé à vous en tant que ${t}${at}.`,
      DIRECT: (t, at) => `Je vous écris car vous êtes ${t}${at}.`,
    },
    short: (t) => `Je vous écris car vous êtes ${t}.`,
    subject: (t, at) => `Pour ${t}${at}`,
  },
  tech: {
    hook: {
      PROFESSIONAL: (c, list) => `Je vois que ${c ?? 'votre équipe'} travaille avec ${list}.`,
      FRIENDLY: (c, list) => `Je vois que ${c ?? 'votre équipe'} utilise ${list}.`,
      DIRECT: (_c, list, at) => `Vous travaillez avec ${list}${at}.`,
    },
    short: (t) => `Vous utilisez ${t}.`,
  },
  company: {
    hook: (c) => `Je souhaitais vous écrire directement au sujet de ${c}.`,
    short: (c) => `Je vous écris au sujet de ${c}.`,
    subject: (c) => `À propos de ${c}`,
  },
  about: (f) =>
    f.keywords[0]
      ? ` au sujet de ${f.keywords[0]}`
      : f.tech[0]
        ? ` au sujet de votre usage de ${f.tech[0]}`
        : f.company
          ? ` au sujet de ${f.company}`
          : f.title
            ? ` en tant que ${f.title}`
            : '',
  generic: [
    (about, name) => ({
      hook: `Je vous écris${about} avec une idée précise.`,
      shortHook: `J'ai une idée${about || ' pour vous'}.`,
      subject: `Une idée pour vous, ${name}`,
    }),
    (about, name) => {
      const hook = about ? `Je serai bref : je vous écris${about}.` : 'Je serai bref.';
      return { hook, shortHook: hook, subject: `Une courte question, ${name}` };
    },
    (about, name) => ({
      hook: `Je pense que cela peut vous être utile${about}.`,
      shortHook: `Cela peut vous aider${about}.`,
      subject: `Une question pour ${name}`,
    }),
  ],
  questions: {
    tied: {
      PROFESSIONAL: (g) => `Seriez-vous d'accord pour la suite : ${g} ?`,
      FRIENDLY: (g) => `Qu'en pensez-vous : ${g} ?`,
      DIRECT: (g) => `Partant pour ceci : ${g} ?`,
    },
    compact: {
      PROFESSIONAL: 'Seriez-vous ouvert à un court échange ?',
      FRIENDLY: 'Partant pour un court échange ?',
      DIRECT: 'Un court appel ?',
    },
    minimal: { PROFESSIONAL: 'Un échange ?', FRIENDLY: 'On en parle ?', DIRECT: 'Un appel ?' },
  },
  greeting: { PROFESSIONAL: (n) => `Bonjour ${n},`, FRIENDLY: (n) => `Bonjour ${n} !`, DIRECT: (n) => `Bonjour ${n},` },
  signOff: { PROFESSIONAL: 'Bien cordialement', FRIENDLY: 'Merci !', DIRECT: 'Merci' },
  bridge: "C'est pour cela que je vous écris à vous en particulier.",
  subjects: (name) => [`Une question pour ${name}`, 'Une courte question'],
  smsIntro: (name, company) => (name && company ? `ici ${name}, de ${company}.` : `ici ${name ?? company}.`),
  offer: (offer, company) =>
    `${company ? `Chez ${company}, nous proposons` : 'Nous proposons'} ${inSentence(noStop(offer))}.`,
  proof: (proof) => `Pour info : ${inSentence(proof)}.`,
};

const pt: Sentences = {
  and: 'e',
  at: (c) => ` na ${c}`,
  lowerGoal: true,
  keywords: {
    hook: {
      PROFESSIONAL: (c, list) => `Escrevo por causa do foco em ${list}${c ? ` na ${c}` : ''}.`,
      FRIENDLY: (c, list) => `Achei muito interessante o foco em ${list}${c ? ` na ${c}` : ''}.`,
      DIRECT: (c, list) => `Direto ao ponto: ${list}${c ? ` na ${c}` : ''}.`,
    },
    short: (k) => `Escrevo sobre ${k}.`,
  },
  summary: {
    hook: (c, s) => `Escrevo por causa da ${c ?? 'sua empresa'}: ${inSentence(s)}`,
    short: (what) => `Escrevo sobre ${what}.`,
    subject: (c) => (c ? `Sobre ${c}` : 'Sobre o seu trabalho'),
  },
  title: {
    hook: {
      PROFESSIONAL: (t, at, k) =>
        `Como ${t}${at}, você provavelmente ${k ? `acompanha de perto ${k}` : 'é a pessoa certa para isso'}.`,
      FRIENDLY: (t, at) => `Pensei em você por ser ${t}${at}.`,
      DIRECT: (t, at) => `Escrevo porque você é ${t}${at}.`,
    },
    short: (t) => `Escrevo porque você é ${t}.`,
    subject: (t, at) => `Para ${t}${at}`,
  },
  tech: {
    hook: {
      PROFESSIONAL: (c, list) => `Vejo que ${c ?? 'a sua equipe'} trabalha com ${list}.`,
      FRIENDLY: (_c, list, at) => `Vejo que vocês usam ${list}${at}.`,
      DIRECT: (_c, list, at) => `Vocês trabalham com ${list}${at}.`,
    },
    short: (t) => `Vejo que vocês usam ${t}.`,
  },
  company: {
    hook: (c) => `Queria falar diretamente com você sobre ${c}.`,
    short: (c) => `Escrevo sobre ${c}.`,
    subject: (c) => `Sobre ${c}`,
  },
  about: (f) =>
    f.keywords[0]
      ? ` sobre ${f.keywords[0]}`
      : f.tech[0]
        ? ` sobre o uso de ${f.tech[0]}`
        : f.company
          ? ` sobre ${f.company}`
          : f.title
            ? ` para você como ${f.title}`
            : '',
  generic: [
    (about, name) => ({
      hook: `Escrevo${about} com uma ideia concreta.`,
      shortHook: `Tenho uma ideia${about || ' para você'}.`,
      subject: `Uma ideia para você, ${name}`,
    }),
    (about, name) => {
      const hook = about ? `Vou ser breve: escrevo${about}.` : 'Vou ser breve.';
      return { hook, shortHook: hook, subject: `Uma pergunta rápida, ${name}` };
    },
    (about, name) => ({
      hook: `Acho que isto pode ser útil${about}.`,
      shortHook: `Isto pode ajudar${about}.`,
      subject: `Uma pergunta para ${name}`,
    }),
  ],
  questions: {
    tied: {
      PROFESSIONAL: (g) => `Faz sentido para você: ${g}?`,
      FRIENDLY: (g) => `O que acha: ${g}?`,
      DIRECT: (g) => `Topa: ${g}?`,
    },
    compact: {
      PROFESSIONAL: 'Estaria aberto a uma conversa rápida?',
      FRIENDLY: 'Topa um papo rápido?',
      DIRECT: 'Uma ligação rápida?',
    },
    minimal: { PROFESSIONAL: 'Conversamos?', FRIENDLY: 'Um papo?', DIRECT: 'Uma ligação?' },
  },
  greeting: { PROFESSIONAL: (n) => `Olá ${n},`, FRIENDLY: (n) => `Oi ${n}!`, DIRECT: (n) => `Olá ${n},` },
  signOff: { PROFESSIONAL: 'Atenciosamente', FRIENDLY: 'Abraço!', DIRECT: 'Abraço' },
  bridge: 'Por isso escrevo para você em particular.',
  subjects: (name) => [`Uma pergunta para ${name}`, 'Uma pergunta rápida'],
  smsIntro: (name, company) => (name && company ? `aqui é ${name}, da ${company}.` : `aqui é ${name ?? company}.`),
  offer: (offer, company) => `${company ? `Na ${company}, oferecemos` : 'Oferecemos'} ${inSentence(noStop(offer))}.`,
  proof: (proof) => `Para contexto: ${inSentence(proof)}.`,
};

const it: Sentences = {
  and: 'e',
  at: (c) => ` da ${c}`,
  lowerGoal: true,
  keywords: {
    hook: {
      PROFESSIONAL: (c, list) => `Le scrivo per il lavoro di ${c ?? 'il Suo team'} su ${list}.`,
      FRIENDLY: (c, list) => `Il lavoro di ${c ?? 'il Suo team'} su ${list} mi ha incuriosito.`,
      DIRECT: (c, list) => `Vado al punto: ${list}${c ? ` da ${c}` : ''}.`,
    },
    short: (k) => `Le scrivo per ${k}.`,
  },
  summary: {
    hook: (c, s) => `Le scrivo riguardo a ${c ?? 'la Sua azienda'}: ${inSentence(s)}`,
    short: (what) => `Le scrivo riguardo a ${what}.`,
    subject: (c) => (c ? `Riguardo a ${c}` : 'Riguardo al Suo lavoro'),
  },
  title: {
    hook: {
      PROFESSIONAL: (t, at, k) =>
        `Come ${t}${at}, probabilmente ${k ? `segue da vicino ${k}` : 'è la persona giusta'}.`,
      FRIENDLY: (t, at) => `Ho pensato a Lei come ${t}${at}.`,
      DIRECT: (t, at) => `Le scrivo perché è ${t}${at}.`,
    },
    short: (t) => `Le scrivo perché è ${t}.`,
    subject: (t, at) => `Per ${t}${at}`,
  },
  tech: {
    hook: {
      PROFESSIONAL: (c, list) => `Vedo che ${c ?? 'il Suo team'} lavora con ${list}.`,
      FRIENDLY: (c, list) => `Vedo che ${c ?? 'il Suo team'} usa ${list}.`,
      DIRECT: (_c, list, at) => `Lavorate con ${list}${at}.`,
    },
    short: (t) => `Vedo che usate ${t}.`,
  },
  company: {
    hook: (c) => `Volevo scriverLe direttamente riguardo a ${c}.`,
    short: (c) => `Le scrivo riguardo a ${c}.`,
    subject: (c) => `Riguardo a ${c}`,
  },
  about: (f) =>
    f.keywords[0]
      ? ` riguardo a ${f.keywords[0]}`
      : f.tech[0]
        ? ` riguardo all'uso di ${f.tech[0]}`
        : f.company
          ? ` riguardo a ${f.company}`
          : f.title
            ? ` come ${f.title}`
            : '',
  generic: [
    (about, name) => ({
      hook: `Le scrivo${about} con un'idea concreta.`,
      shortHook: `Ho un'idea${about || ' per Lei'}.`,
      subject: `Un'idea per Lei, ${name}`,
    }),
    (about, name) => {
      const hook = about ? `Sarò breve: Le scrivo${about}.` : 'Sarò breve.';
      return { hook, shortHook: hook, subject: `Una breve domanda, ${name}` };
    },
    (about, name) => ({
      hook: `Credo che possa esserLe utile${about}.`,
      shortHook: `Potrebbe aiutarLa${about}.`,
      subject: `Una domanda per ${name}`,
    }),
  ],
  questions: {
    tied: {
      PROFESSIONAL: (g) => `Le andrebbe bene: ${g}?`,
      FRIENDLY: (g) => `Che ne pensa: ${g}?`,
      DIRECT: (g) => `Le va: ${g}?`,
    },
    compact: {
      PROFESSIONAL: 'Sarebbe disponibile per una breve conversazione?',
      FRIENDLY: 'Le va una breve chiacchierata?',
      DIRECT: 'Una breve chiamata?',
    },
    minimal: { PROFESSIONAL: 'Ci sentiamo?', FRIENDLY: 'Una chiacchierata?', DIRECT: 'Una chiamata?' },
  },
  greeting: {
    PROFESSIONAL: (n) => `Buongiorno ${n},`,
    FRIENDLY: (n) => `Ciao ${n}!`,
    DIRECT: (n) => `Buongiorno ${n},`,
  },
  signOff: { PROFESSIONAL: 'Cordiali saluti', FRIENDLY: 'Grazie!', DIRECT: 'Grazie' },
  bridge: 'Per questo scrivo proprio a Lei.',
  subjects: (name) => [`Una domanda per ${name}`, 'Una breve domanda'],
  smsIntro: (name, company) => (name && company ? `sono ${name} di ${company}.` : `sono ${name ?? company}.`),
  offer: (offer, company) => `${company ? `In ${company} offriamo` : 'Offriamo'} ${inSentence(noStop(offer))}.`,
  proof: (proof) => `Per contesto: ${inSentence(proof)}.`,
};

const nl: Sentences = {
  and: 'en',
  at: (c) => ` bij ${c}`,
  lowerGoal: true,
  keywords: {
    hook: {
      PROFESSIONAL: (c, list) => `Ik schrijf je vanwege het werk van ${c ?? 'je team'} rond ${list}.`,
      FRIENDLY: (c, list) => `Het werk van ${c ?? 'je team'} rond ${list} maakte me nieuwsgierig.`,
      DIRECT: (c, list) => `Recht op het doel af: ${list}${c ? ` bij ${c}` : ''}.`,
    },
    short: (k) => `Ik schrijf je over ${k}.`,
  },
  summary: {
    hook: (c, s) => `Ik schrijf je vanwege ${c ?? 'je bedrijf'}: ${inSentence(s)}`,
    short: (what) => `Ik schrijf je over ${what}.`,
    subject: (c) => (c ? `Over ${c}` : 'Over je werk'),
  },
  title: {
    hook: {
      PROFESSIONAL: (t, at, k) =>
        `Als ${t}${at} ben je waarschijnlijk ${k ? `nauw betrokken bij ${k}` : 'de juiste persoon'}.`,
      FRIENDLY: (t, at) => `Ik dacht aan jou als ${t}${at}.`,
      DIRECT: (t, at) => `Ik schrijf je omdat je ${t}${at} bent.`,
    },
    short: (t) => `Ik schrijf je als ${t}.`,
    subject: (t, at) => `Voor ${t}${at}`,
  },
  tech: {
    hook: {
      PROFESSIONAL: (c, list) => `Ik zie dat ${c ?? 'je team'} werkt met ${list}.`,
      FRIENDLY: (c, list) => `Ik zie dat ${c ?? 'je team'} ${list} gebruikt.`,
      DIRECT: (_c, list, at) => `Jullie werken met ${list}${at}.`,
    },
    short: (t) => `Jullie gebruiken ${t}.`,
  },
  company: {
    hook: (c) => `Ik wilde je direct schrijven over ${c}.`,
    short: (c) => `Ik schrijf je over ${c}.`,
    subject: (c) => `Over ${c}`,
  },
  about: (f) =>
    f.keywords[0]
      ? ` over ${f.keywords[0]}`
      : f.tech[0]
        ? ` over jullie gebruik van ${f.tech[0]}`
        : f.company
          ? ` over ${f.company}`
          : f.title
            ? ` als ${f.title}`
            : '',
  generic: [
    (about, name) => ({
      hook: `Ik schrijf je${about} met een concreet idee.`,
      shortHook: `Ik heb een idee${about || ' voor je'}.`,
      subject: `Een idee voor jou, ${name}`,
    }),
    (about, name) => {
      const hook = about ? `Ik hou het kort: ik schrijf je${about}.` : 'Ik hou het kort.';
      return { hook, shortHook: hook, subject: `Een korte vraag, ${name}` };
    },
    (about, name) => ({
      hook: `Dit kan nuttig voor je zijn${about}.`,
      shortHook: `Dit kan helpen${about}.`,
      subject: `Een vraag voor ${name}`,
    }),
  ],
  questions: {
    tied: {
      PROFESSIONAL: (g) => `Zou dit passen: ${g}?`,
      FRIENDLY: (g) => `Wat vind je ervan: ${g}?`,
      DIRECT: (g) => `Zullen we: ${g}?`,
    },
    compact: {
      PROFESSIONAL: 'Sta je open voor een kort gesprek?',
      FRIENDLY: 'Zin in een korte call?',
      DIRECT: 'Even bellen?',
    },
    minimal: { PROFESSIONAL: 'Kort gesprek?', FRIENDLY: 'Even bellen?', DIRECT: 'Bellen?' },
  },
  greeting: { PROFESSIONAL: (n) => `Beste ${n},`, FRIENDLY: (n) => `Hoi ${n}!`, DIRECT: (n) => `Hoi ${n},` },
  signOff: { PROFESSIONAL: 'Met vriendelijke groet', FRIENDLY: 'Bedankt!', DIRECT: 'Groet' },
  bridge: 'Daarom schrijf ik juist jou.',
  subjects: (name) => [`Een vraag voor ${name}`, 'Een korte vraag'],
  smsIntro: (name, company) => (name && company ? `met ${name} van ${company}.` : `met ${name ?? company}.`),
  offer: (offer, company) => `${company ? `${company} biedt` : 'Wij bieten'} ${inSentence(noStop(offer))}.`,
  proof: (proof) => `Ter info: ${inSentence(proof)}.`,
};

export const LOCAL_PHRASEBOOKS: Record<Exclude<Language, 'en'>, Phrasebook> = {
  es: phrasebook(es),
  fr: phrasebook(fr),
  de: phrasebook(de),
  pt: phrasebook(pt),
  it: phrasebook(it),
  nl: phrasebook(nl),
};
