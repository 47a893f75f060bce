// Test support: the same short news report (four sentences) in the languages wirealign has data
// for, in languages it has none for, and in other scripts; written for these tests.
#pragma once

#include <string>
#include <vector>

namespace wirealign::testing {

struct LanguageSample {
  std::string code;  // ISO 639 code of the text
  std::string text;  // four sentences, one a line
};

// The languages with a folder in corpora/lang/ (function words for some or all of them).
inline const std::vector<LanguageSample>& known_samples() {
  static const std::vector<LanguageSample> samples = {
      {"en",
       "The council of the town met on Monday to discuss the new bridge over the river.\n"
       "The mayor said that the work would start in the spring and that it should be finished "
       "before the end of next year.\n"
       "Some residents are worried about the noise, and they have asked for a meeting with the "
       "builders.\n"
       "The bridge will cost about twelve million euros, which is more than was planned.\n"},
      {"fr",
       "Le conseil de la ville s'est réuni lundi pour discuter du nouveau pont sur la rivière.\n"
       "Le maire a dit que les travaux commenceraient au printemps et qu'ils devraient être "
       "terminés avant la fin de l'année prochaine.\n"
       "Des habitants sont inquiets du bruit, et ils ont demandé une réunion avec les "
       "constructeurs.\n"
       "Le pont coûtera environ douze millions d'euros, ce qui est plus que prévu.\n"},
      {"de",
       "Der Rat der Stadt hat sich am Montag getroffen, um über die neue Brücke über den Fluss "
       "zu sprechen.\n"
       "Der Bürgermeister sagte, dass die Arbeiten im Frühling beginnen und vor dem Ende des "
       "nächsten Jahres fertig sein sollen.\n"
       "Einige Anwohner sind wegen des Lärms besorgt, und sie haben um ein Treffen mit den "
       "Bauleuten gebeten.\n"
       "Die Brücke wird etwa zwölf Millionen Euro kosten, das ist mehr als geplant war.\n"},
      {"es",
       "El consejo de la ciudad se reunió el lunes para hablar del nuevo puente sobre el río.\n"
       "El alcalde dijo que las obras empezarán en la primavera y que deberían estar terminadas "
       "antes del final del año que viene.\n"
       "Algunos vecinos están preocupados por el ruido, y han pedido una reunión con los "
       "constructores.\n"
       "El puente costará unos doce millones de euros, lo que es más de lo previsto.\n"},
      {"it",
       "Il consiglio della città si è riunito lunedì per discutere del nuovo ponte sul fiume.\n"
       "Il sindaco ha detto che i lavori cominceranno in primavera e che dovrebbero essere "
       "finiti prima della fine del prossimo anno.\n"
       "Alcuni abitanti sono preoccupati per il rumore, e hanno chiesto un incontro con i "
       "costruttori.\n"
       "Il ponte costerà circa dodici milioni di euro, che è più di quanto era previsto.\n"},
      {"pt",
       "O conselho da cidade reuniu-se na segunda-feira para discutir a nova ponte sobre o rio.\n"
       "O presidente da câmara disse que as obras vão começar na primavera e que devem estar "
       "concluídas antes do fim do próximo ano.\n"
       "Alguns moradores estão preocupados com o barulho, e pediram uma reunião com os "
       "construtores.\n"
       "A ponte vai custar cerca de doze milhões de euros, o que é mais do que estava previsto.\n"},
      {"nl",
       "De gemeenteraad is maandag bijeengekomen om over de nieuwe brug over de rivier te "
       "praten.\n"
       "De burgemeester zei dat het werk in de lente zal beginnen en dat het voor het einde van "
       "volgend jaar klaar moet zijn.\n"
       "Sommige bewoners maken zich zorgen over het lawaai, en zij hebben om een gesprek met de "
       "bouwers gevraagd.\n"
       "De brug gaat ongeveer twaalf miljoen euro kosten, wat meer is dan gepland was.\n"},
      {"pl",
       "Rada miasta zebrała się w poniedziałek, aby rozmawiać o nowym moście na rzece.\n"
       "Burmistrz powiedział, że prace zaczną się wiosną i że powinny być zakończone przed "
       "końcem przyszłego roku.\n"
       "Niektórzy mieszkańcy są zaniepokojeni hałasem i poprosili o spotkanie z budowniczymi, "
       "którzy jednak nie mają na to czasu.\n"
       "Most będzie kosztował około dwunastu milionów euro, czyli więcej niż to było "
       "planowane.\n"},
      {"ru",
       "Совет города собрался в понедельник, чтобы обсудить новый мост через реку.\n"
       "Мэр сказал, что работы начнутся весной и что они должны быть закончены до конца "
       "следующего года.\n"
       "Некоторые жители обеспокоены шумом, и они попросили о встрече со строителями, которые "
       "уже начали работу.\n"
       "Мост будет стоить около двенадцати миллионов евро, что больше, чем было запланировано.\n"},
  };
  return samples;
}

// A language written in Latin letters that wirealign has no data for (six sentences, more than a
// hundred words).
inline const LanguageSample& swedish_sample() {
  static const LanguageSample sample = {
      "sv",
      "Stadens fullmäktige samlades på måndagen för att diskutera den nya bron över floden.\n"
      "Borgmästaren sade att arbetet skulle börja på våren och att det borde vara klart före "
      "slutet av nästa år.\n"
      "Några invånare är oroliga för bullret, och de har bett om ett möte med byggarna som ska "
      "bygga bron.\n"
      "Bron kommer att kosta ungefär tolv miljoner euro, vilket är mer än vad som var planerat.\n"
      "Kommunen har också lovat att bygga en ny väg till skolan, men den blir inte klar förrän "
      "om tre år.\n"
      "Många av dem som bor nära floden säger att de har väntat på bron i mer än tio år.\n"};
  return sample;
}

// Other scripts: Greek and Chinese.
inline const LanguageSample& greek_sample() {
  static const LanguageSample sample = {
      "el",
      "Το δημοτικό συμβούλιο συνεδρίασε τη Δευτέρα για να συζητήσει τη νέα γέφυρα πάνω από "
      "το ποτάμι.\n"
      "Ο δήμαρχος είπε ότι οι εργασίες θα αρχίσουν την άνοιξη και ότι θα πρέπει να "
      "τελειώσουν πριν από το τέλος του επόμενου έτους.\n"
      "Μερικοί κάτοικοι ανησυχούν για τον θόρυβο και ζήτησαν μια συνάντηση με τους "
      "κατασκευαστές.\n"
      "Η γέφυρα θα κοστίσει περίπου δώδεκα εκατομμύρια ευρώ, που είναι περισσότερα από όσα "
      "είχαν προβλεφθεί.\n"};
  return sample;
}

inline const LanguageSample& chinese_sample() {
  static const LanguageSample sample = {
      "zh",
      "市议会星期一开会，讨论河上新建的桥梁。\n"
      "市长说，工程将在春天开始，应该在明年年底之前完成。\n"
      "一些居民担心噪音问题，他们要求与建筑商会面。\n"
      "这座桥将耗资约一千二百万欧元，比原计划要多。\n"
      "议员们同意在下个月再次讨论这个项目的费用和时间表。\n"};
  return sample;
}

}  // namespace wirealign::testing
