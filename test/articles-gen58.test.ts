import { describe, expect, it } from 'vitest';
import { articlesOf, contactsOf } from './support/invented.js';

const head = '# Estudo mapeia fungos do solo no Cerrado\n\nBrasília, 04/06/2059\n\nUm levantamento em vinte áreas do Cerrado encontrou fungos que ajudam plantas nativas a resistir à seca.\n\n' +
  '"Os fungos funcionam como uma rede de irrigação escondida sob o solo do Cerrado", afirma a pesquisadora Helena Duarte Ramos.\n\n';
const tail = '\n\nDOI: 10.1111/nph.20594\n';

describe('a quoted title after a paper noun in another language, with a "signed by" clause (round 58)', () => {
  it.each([
    ['Portuguese "assinado por"', 'O artigo "Mycorrhizal networks buffer drought stress in Cerrado savanna trees", assinado por Helena Duarte Ramos, Caio Vilela e Marta Siqueira, foi publicado na revista *New Phytologist*.', ['Ramos', 'Vilela', 'Siqueira']],
    ['Spanish "firmado por"', 'El artículo "Mycorrhizal networks buffer drought stress in Cerrado savanna trees", firmado por Helena Duarte Ramos y Caio Vilela, fue publicado en la revista *New Phytologist*.', ['Ramos', 'Vilela']],
    ['French "signé par"', "L'article « Mycorrhizal networks buffer drought stress in Cerrado savanna trees », signé par Helena Ramos et Caio Vilela, a été publié dans la revue *New Phytologist*.", ['Ramos', 'Vilela']],
    ['English "written by"', 'The paper "Mycorrhizal networks buffer drought stress in Cerrado savanna trees", written by Helena Duarte Ramos and Caio Vilela, was published in *New Phytologist*.', ['Ramos', 'Vilela']],
  ])('reads the title and authors of %s', (_case, sentence, families) => {
    const a = articlesOf(head + sentence + tail)[0]!;
    expect(a.doi).toBe('10.1111/nph.20594');
    expect(a.title).toBe('Mycorrhizal networks buffer drought stress in Cerrado savanna trees');
    expect(a.authors.map((p) => p.family)).toEqual(families);
    expect(a.journal).toBe('New Phytologist');
  });

  it('reads the title of a bare "O artigo "Title" foi publicado"', () => {
    const a = articlesOf(head + 'O artigo "Mycorrhizal networks buffer drought stress in Cerrado savanna trees" foi publicado na revista *New Phytologist*.' + tail)[0]!;
    expect(a.title).toBe('Mycorrhizal networks buffer drought stress in Cerrado savanna trees');
  });

  it('reads the title but no names from "assinado por pesquisadores do X"', () => {
    const a = articlesOf(head + 'O artigo "Mycorrhizal networks buffer drought stress in Cerrado savanna trees", assinado por pesquisadores da Embrapa, foi publicado na revista *New Phytologist*.' + tail)[0]!;
    expect(a.title).toBe('Mycorrhizal networks buffer drought stress in Cerrado savanna trees');
    expect(a.authors).toEqual([]);
  });

  it('reads no title from speech after "o estudo" with no verb of publication (must not change)', () => {
    const a = articlesOf(head + 'Sobre o estudo "este é só o primeiro passo de um longo caminho", disse Caio Vilela.' + tail)[0];
    expect(a?.title ?? null).toBeNull();
  });
});

describe('an "Authors:" line of family names before initials (round 58)', () => {
  const base = '# Oaks record storms\n\n12 June 2059\n\nCardiff — Tree rings record old storms, researchers found.\n\n"Every storm left a narrow ring in the wood for us to read," said Dr Owain Pryce.\n\n';
  it.each([
    ['on its own line, with "&"', 'The paper is published in Quaternary Science Reviews.\n\nAuthors: Pryce, O., Llewellyn, G. & Marchetti, F.\n\nDOI: 10.1016/j.quascirev.2059.108823'],
    ['on its own line, with "and"', 'The paper is published in Quaternary Science Reviews.\n\nAuthors: Pryce, O., Llewellyn, G. and Marchetti, F.\n\nDOI: 10.1016/j.quascirev.2059.108823'],
    ['after the publication sentence', "1. The paper 'Tree rings and storms in medieval Wales' is published in Quaternary Science Reviews. Authors: Pryce, O., Llewellyn, G. & Marchetti, F. DOI: 10.1016/j.quascirev.2059.108823"],
  ])('reads every author %s', (_case, notes) => {
    const a = articlesOf(base + notes)[0]!;
    expect(a.doi).toBe('10.1016/j.quascirev.2059.108823');
    expect(a.authors.map((p) => p.family)).toEqual(['Pryce', 'Llewellyn', 'Marchetti']);
  });

  it('keeps an "Authors:" line in natural order as it was (must not change)', () => {
    const a = articlesOf(base + 'The paper is published in Quaternary Science Reviews.\n\nAuthors: Owain Pryce, Gwen Llewellyn and Franca Marchetti.\n\nDOI: 10.1016/j.quascirev.2059.108823')[0]!;
    expect(a.authors.map((p) => p.family)).toEqual(['Pryce', 'Llewellyn', 'Marchetti']);
  });
});

describe('"Additional information:" and "Assessoria de Comunicação do X" open contacts (round 58)', () => {
  it.each([
    ['Additional information:', 'Additional information:\nMari Tamm\nmari.tamm@example.ut.ee\n+372 555 0142', 'mari.tamm@example.ut.ee'],
    ['Assessoria de Comunicação do IOC', '**Assessoria de Comunicação do IOC**\nMariana Lopes\nE-mail: mariana.lopes@example.fiocruz.br\nTel.: (21) 2562-5555', 'mariana.lopes@example.fiocruz.br'],
  ])('reads the contact after %s', (_case, block, email) => {
    const c = contactsOf(head + 'O estudo foi publicado na revista *New Phytologist*.' + tail + '\n' + block + '\n');
    expect(JSON.stringify(c)).toContain(email);
  });
});
