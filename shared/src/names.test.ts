import { describe, expect, it } from 'vitest';
import { greetingName, parseName } from './names.ts';

describe('parseName', () => {
  it.each([
    // The examples.
    ['Dr. Amara Okafor, PhD', 'Amara', 'Okafor', 'Amara Okafor'],
    ["Liam O'Brien, CPA, MBA", 'Liam', "O'Brien", "Liam O'Brien"],
    ['Sofia Marquez 🚀', 'Sofia', 'Marquez', 'Sofia Marquez'],
    ['Tomás Herrera (he/him)', 'Tomás', 'Herrera', 'Tomás Herrera'],
    ['Ngozi Adeyemi-Cole ✔️', 'Ngozi', 'Adeyemi-Cole', 'Ngozi Adeyemi-Cole'],
    ['Katherine (Kate) Lindqvist', 'Kate', 'Lindqvist', 'Katherine Lindqvist'],
    // Honorifics.
    ['Prof. Hans-Peter Müller', 'Hans-Peter', 'Müller', 'Hans-Peter Müller'],
    ['Mr. David Chen', 'David', 'Chen', 'David Chen'],
    ['Ms. Rachel Green', 'Rachel', 'Green', 'Rachel Green'],
    ['Mrs. Eleanor Vance', 'Eleanor', 'Vance', 'Eleanor Vance'],
    ['Mx. Sam Lee (they/them)', 'Sam', 'Lee', 'Sam Lee'],
    ['Dr Priya Raman', 'Priya', 'Raman', 'Priya Raman'],
    ['Prof. Dr. Anke Vogel', 'Anke', 'Vogel', 'Anke Vogel'],
    // Credentials and post-nominals.
    ['Jane Doe, PMP®', 'Jane', 'Doe', 'Jane Doe'],
    ['Marcus Bell, CFA', 'Marcus', 'Bell', 'Marcus Bell'],
    ['Grace Kim, RN, MSN', 'Grace', 'Kim', 'Grace Kim'],
    ['Alan Turing MD', 'Alan', 'Turing', 'Alan Turing'],
    ['Robert Lane, Esq.', 'Robert', 'Lane', 'Robert Lane'],
    ['Nadia Petrova, MBA, CISSP™', 'Nadia', 'Petrova', 'Nadia Petrova'],
    ['Chris Wu, SHRM-CP (she/her)', 'Chris', 'Wu', 'Chris Wu'],
    ['Martin Luther King Jr.', 'Martin', 'Luther King', 'Martin Luther King'],
    // Pronouns, emoji, badges, taglines.
    ['Aisha Bello (She/Her) 🌍', 'Aisha', 'Bello', 'Aisha Bello'],
    ['Noah Fischer [he/they]', 'Noah', 'Fischer', 'Noah Fischer'],
    ['🌱 Lena Park', 'Lena', 'Park', 'Lena Park'],
    ['Omar Haddad ✨ Founder at Nimbus', 'Omar', 'Haddad', 'Omar Haddad'],
    ['Emily Stone | Hiring data engineers', 'Emily', 'Stone', 'Emily Stone'],
    ['Ravi Patel 👋🏽', 'Ravi', 'Patel', 'Ravi Patel'],
    ['Zoë Park\u200f', 'Zoë', 'Park', 'Zoë Park'],
    // Nicknames in parentheses or quotes.
    ['Robert "Bob" Smith', 'Bob', 'Smith', 'Robert Smith'],
    ['William “Bill” Turner', 'Bill', 'Turner', 'William Turner'],
    ["Margaret 'Peggy' Olson", 'Peggy', 'Olson', 'Margaret Olson'],
    ['Elizabeth Warren (Liz)', 'Liz', 'Warren', 'Elizabeth Warren'],
    // "Last, First" as Gmail and directories show them.
    ['Okafor, Amara', 'Amara', 'Okafor', 'Amara Okafor'],
    ['García-López, María', 'María', 'García-López', 'María García-López'],
    ['Lindqvist, Katherine (Kate)', 'Kate', 'Lindqvist', 'Katherine Lindqvist'],
    ['Nguyen, Thanh (NYC)', 'Thanh', 'Nguyen', 'Thanh Nguyen'],
    ['[EXT] Patel, Ravi', 'Ravi', 'Patel', 'Ravi Patel'],
    // Hyphenated and multi-part surnames.
    ['Pieter van der Berg', 'Pieter', 'van der Berg', 'Pieter van der Berg'],
    ['Juan de la Cruz', 'Juan', 'de la Cruz', 'Juan de la Cruz'],
    ['Aoife Ní Bhriain', 'Aoife', 'Ní Bhriain', 'Aoife Ní Bhriain'],
    ['José María García López', 'José', 'María García López', 'José María García López'],
    ['Ana Paula dos Santos', 'Ana', 'Paula dos Santos', 'Ana Paula dos Santos'],
    ['Ludwig von Mises', 'Ludwig', 'von Mises', 'Ludwig von Mises'],
    ['Seán Mac Giolla Phádraig', 'Seán', 'Mac Giolla Phádraig', 'Seán Mac Giolla Phádraig'],
    ['Di Wang', 'Di', 'Wang', 'Di Wang'],
    ['J. Robert Oppenheimer', 'Robert', 'Oppenheimer', 'J. Robert Oppenheimer'],
    // Non-Latin scripts.
    ['李明', '李明', undefined, '李明'],
    ['山田 太郎', '山田 太郎', undefined, '山田 太郎'],
    ['김민준', '김민준', undefined, '김민준'],
    ['Дмитрий Иванов', 'Дмитрий', 'Иванов', 'Дмитрий Иванов'],
    ['محمد علي', 'محمد', 'علي', 'محمد علي'],
    ['Γιώργος Παπαδόπουλος', 'Γιώργος', 'Παπαδόπουλος', 'Γιώργος Παπαδόπουλος'],
    ['Wei Zhang (张伟)', 'Wei', 'Zhang', 'Wei Zhang'],
    ['李明 (Ming)', 'Ming', undefined, '李明'],
    // Case and single names.
    ['dana reyes', 'Dana', 'Reyes', 'Dana Reyes'],
    ['Marco', 'Marco', undefined, 'Marco'],
  ])('%s → greets %s', (display, first, last, full) => {
    expect(parseName(display)).toEqual({
      ...(first ? { first_name: first } : {}),
      ...(last ? { last_name: last } : {}),
      full,
    });
  });

  it('keeps surnames that look like credentials only when written as one', () => {
    expect(parseName('Jack Ma').last_name).toBe('Ma');
    expect(parseName('Lucy Do').last_name).toBe('Do');
  });

  it('returns no name when there is none', () => {
    expect(parseName('🚀 ✔️')).toEqual({ full: '' });
    expect(parseName('')).toEqual({ full: '' });
  });
});

describe('greetingName', () => {
  it.each([
    ['Dr. Amara', 'Amara'],
    ['Katherine (Kate)', 'Kate'],
    ['Sofia 🚀', 'Sofia'],
    ['Tomás (he/him)', 'Tomás'],
    ['Mary Beth', 'Mary Beth'],
    ['Anne-Marie', 'Anne-Marie'],
    ['李明', '李明'],
    ['Dana', 'Dana'],
  ])('%s → %s', (first, expected) => {
    expect(greetingName(first)).toBe(expected);
  });
});
