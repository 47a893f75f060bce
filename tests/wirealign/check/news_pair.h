// Test data for the content checks: a short news report and its faithful French translation,
// one sentence per line, to which each test applies one artifact.
#pragma once

#include <string>
#include <vector>

namespace wirealign::testing {

inline const std::vector<std::string> kNewsEn = {
    "The CSTO held military exercises in Tajikistan on Monday.",
    "About 1,500 soldiers from Russia and Kazakhstan took part in the manoeuvres.",
    "President Emomali Rahmon watched the exercises near Dushanbe with the defence minister.",
    "The Taliban control most of the Afghan side of the border.",
    "Officials said the drills would continue until September 11.",
    "The organisation has six member states, including Armenia and Belarus.",
    "Its secretary general visited the region in July to meet the Tajik government.",
    "Russia keeps a military base with 7,000 soldiers in Tajikistan.",
    "The base was modernised in 2019 with new helicopters and artillery.",
    "Analysts expect further exercises in the autumn near the Afghan border.",
};

inline const std::vector<std::string> kNewsFr = {
    "L'OTSC a organisé des exercices militaires au Tadjikistan lundi.",
    "Environ 1 500 soldats de Russie et du Kazakhstan ont participé aux manœuvres.",
    "Le président Emomali Rahmon a observé les exercices près de Douchanbé avec le ministre de la Défense.",
    "Les talibans contrôlent l'essentiel du côté afghan de la frontière.",
    "Les responsables ont indiqué que les manœuvres dureraient jusqu'au 11 septembre.",
    "L'organisation compte six États membres, dont l'Arménie et la Biélorussie.",
    "Son secrétaire général s'est rendu dans la région en juillet pour rencontrer le gouvernement tadjik.",
    "La Russie dispose d'une base militaire de 7 000 soldats au Tadjikistan.",
    "La base a été modernisée en 2019 avec de nouveaux hélicoptères et de l'artillerie.",
    "Les analystes attendent de nouveaux exercices à l'automne près de la frontière afghane.",
};

// The lines joined, one per line.
inline std::string lines(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& line : v) s += line + '\n';
  return s;
}

}  // namespace wirealign::testing
