<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../src/gui/aboutdialog.cpp" line="+29"/>
        <source>About Firmware Browser</source>
        <translation>Sobre o Firmware Browser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Catalog: %1&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Catálogo: %1&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Firmware Browser %1&lt;/h3&gt;&lt;p&gt;Find, inspect and download official Xiaomi ROMs.&lt;/p&gt;&lt;p&gt;The ROM catalog comes from %2 (XFU). Firmware Browser is not affiliated with Xiaomi.&lt;/p&gt;%3&lt;p&gt;License: %4 (GPL-3.0-or-later). This program comes with absolutely no warranty.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Firmware Browser %1&lt;/h3&gt;&lt;p&gt;Encontre, examine e baixe ROMs oficiais da Xiaomi.&lt;/p&gt;&lt;p&gt;O catálogo de ROMs vem do %2 (XFU). O Firmware Browser não é afiliado à Xiaomi.&lt;/p&gt;%3&lt;p&gt;Licença: %4 (GPL-3.0-or-later). Este programa não tem absolutamente nenhuma garantia.&lt;/p&gt;&lt;p&gt;%5&lt;/p&gt;&lt;p&gt;Qt %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xiaomi Firmware Updater</source>
        <translation>Xiaomi Firmware Updater</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GNU General Public License, version 3 or later</source>
        <translation>Licença Pública Geral GNU, versão 3 ou posterior</translation>
    </message>
</context>
<context>
    <name>ArchivePath</name>
    <message>
        <location filename="../src/core/flash/archivepath.cpp" line="+20"/>
        <source>an entry has no name</source>
        <translation>uma entrada não tem nome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry name &apos;%1&apos; is not valid UTF-8</source>
        <translation>o nome da entrada “%1” não é UTF-8 válido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry &apos;%1&apos; has an absolute path</source>
        <translation>a entrada “%1” tem um caminho absoluto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entry &apos;%1&apos; contains a backslash, a folder separator on Windows</source>
        <translation>a entrada “%1” contém uma barra invertida, um separador de pastas no Windows</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entry &apos;%1&apos; climbs out of its folder with &apos;..&apos;</source>
        <translation>a entrada “%1” sai da sua pasta com “..”</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/core/flash/romextractor.cpp" line="+92"/>
        <source>the entry &apos;%1&apos; cannot be a file on every system: %2</source>
        <translation>a entrada “%1” não pode ser um arquivo em todos os sistemas: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the entry &apos;%1&apos; names no file</source>
        <translation>a entrada “%1” não indica nenhum arquivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>the link &apos;%1&apos; points outside the folder (to &apos;%2&apos;)</source>
        <translation>o link “%1” aponta para fora da pasta (para “%2”)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the link &apos;%1&apos; points at the folder itself</source>
        <translation>o link “%1” aponta para a própria pasta</translation>
    </message>
    <message>
        <location filename="../src/core/flash/romextractor.cpp" line="+16"/>
        <location line="+24"/>
        <location filename="../src/core/flash/rominspector.cpp" line="+69"/>
        <source>the archive holds &apos;%1&apos; twice (letter case aside)</source>
        <translation>o pacote contém “%1” duas vezes (sem diferenciar maiúsculas)</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../src/core/flash/rominspector.cpp" line="+9"/>
        <source>the entry &apos;%1&apos; is a device, pipe or socket, not a file</source>
        <translation>a entrada “%1” é um dispositivo, pipe ou socket, não um arquivo</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../src/core/flash/archivereader.cpp" line="+87"/>
        <source>the archive is damaged</source>
        <translation>o pacote está danificado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot open %1: %2</source>
        <translation>não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is neither a Fastboot ROM (.tgz) nor a Recovery ROM (.zip)</source>
        <translation>%1 não é uma ROM Fastboot (.tgz) nem uma ROM Recovery (.zip)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the archive is not open</source>
        <translation>o pacote não está aberto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the archive holds more than %1 entries; a ROM holds a few hundred at most</source>
        <translation>o pacote tem mais de %1 entradas; uma ROM tem no máximo algumas centenas</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the archive unpacks to over %1 times its size (%2 bytes from %3): a decompression bomb, not a ROM</source>
        <translation>o pacote se descompacta em mais de %1 vezes o seu tamanho (%2 bytes a partir de %3): uma bomba de descompactação, não uma ROM</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 is larger than %2 bytes</source>
        <translation>%1 é maior que %2 bytes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>CaptionLabel</name>
    <message>
        <location filename="../src/gui/fieldlabel.cpp" line="+195"/>
        <source>%1:</source>
        <extracomment>A field&apos;s name before its value in a form (&quot;Device:&quot;); Chinese writes the full-width colon (%1：)</extracomment>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>CatalogBrowser</name>
    <message>
        <location filename="../src/gui/catalogbrowser.cpp" line="+54"/>
        <source>Show only this section of the website</source>
        <extracomment>Section: a part of the website, MIUI, HyperOS, Firmware or Vendor</extracomment>
        <translation>Mostrar só esta seção do site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section filter</source>
        <extracomment>Section: a part of the website, MIUI, HyperOS, Firmware or Vendor</extracomment>
        <translation>Filtro de seção</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only versions of this branch</source>
        <extracomment>Branch: a ROM&apos;s release channel (Stable, Weekly…)</extracomment>
        <translation>Mostrar só as versões deste ramo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch filter</source>
        <extracomment>Branch: a ROM&apos;s release channel (Stable, Weekly…)</extracomment>
        <translation>Filtro de ramo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only versions with a file of this type</source>
        <extracomment>Type: how a ROM is installed, Recovery or Fastboot</extracomment>
        <translation>Mostrar só as versões com um arquivo deste tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type filter</source>
        <extracomment>Type: how a ROM is installed, Recovery or Fastboot</extracomment>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only versions for this region</source>
        <translation>Mostrar só as versões para esta região</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region filter</source>
        <translation>Filtro de região</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search device, codename, version, file name or MD5</source>
        <translation>Pesquisar dispositivo, codinome, versão, nome de arquivo ou MD5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Copy &amp;Link</source>
        <translation>Copiar &amp;link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open on &amp;Website</source>
        <translation>Abrir no &amp;site</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Collapse</source>
        <translation>&amp;Recolher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Expand</source>
        <translation>&amp;Expandir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unpin from My Devices</source>
        <translation>&amp;Desafixar de Meus dispositivos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Pin to My Devices</source>
        <translation>&amp;Fixar em Meus dispositivos</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Any branch</source>
        <extracomment>Filter choice: versions of every branch (release channel: Stable, Weekly…)</extracomment>
        <translation>Qualquer ramo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any type</source>
        <extracomment>Filter choice: files of every type (Recovery, Fastboot)</extracomment>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any region</source>
        <translation>Qualquer região</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Any section</source>
        <extracomment>Filter choice: every section of the website (MIUI, HyperOS, Firmware, Vendor)</extracomment>
        <translation>Qualquer seção</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Nothing matches the search and filters.</source>
        <translation>Nada corresponde à pesquisa e aos filtros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matches in %1.</source>
        <translation>Resultados em %1.</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>“%1” is not in the catalog.</source>
        <translation>“%1” não está no catálogo.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Copied the link to %1.</source>
        <translation>Link para %1 copiado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied “%1”.</source>
        <translation>“%1” copiado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pinned %1 to My devices.</source>
        <translation>%1 fixado em Meus dispositivos.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unpinned %1.</source>
        <translation>%1 desafixado.</translation>
    </message>
</context>
<context>
    <name>CatalogFile</name>
    <message>
        <location filename="../src/core/catalog/catalogfile.cpp" line="+196"/>
        <source>it is not a Firmware Browser catalog file</source>
        <translation>não é um arquivo de catálogo do Firmware Browser</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has catalog format %1; this version of the app reads format %2</source>
        <translation>tem o formato de catálogo %1; esta versão do aplicativo lê o formato %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>its compressed data is damaged</source>
        <translation>seus dados compactados estão danificados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it uses an unknown compression (%1)</source>
        <translation>usa uma compactação desconhecida (%1)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>its string table is damaged or truncated</source>
        <translation>sua tabela de textos está danificada ou truncada</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>its records are damaged or truncated</source>
        <translation>seus registros estão danificados ou truncados</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the embedded catalog %1 is missing from this build</source>
        <translation>o catálogo embutido %1 não está nesta compilação</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open it: %1</source>
        <translation>não é possível abri-lo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is %1 bytes long, too large for a catalog</source>
        <translation>tem %1 bytes, grande demais para um catálogo</translation>
    </message>
</context>
<context>
    <name>CatalogFilterModel</name>
    <message numerus="yes">
        <location filename="../src/core/catalog/catalogfiltermodel.cpp" line="+217"/>
        <source>%1 of %Ln device(s)</source>
        <extracomment>The devices a search or filter leaves of a group&apos;s devices: &quot;2 of 243 devices&quot;</extracomment>
        <translation>
            <numerusform>%1 de %Ln dispositivo</numerusform>
            <numerusform>%1 de %Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 of %Ln version(s)</source>
        <extracomment>The versions a search or filter leaves of a device&apos;s versions: &quot;3 of 184 versions&quot;</extracomment>
        <translation>
            <numerusform>%1 de %Ln versão</numerusform>
            <numerusform>%1 de %Ln versões</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogRefresher</name>
    <message>
        <location filename="../src/gui/catalogrefresher.cpp" line="+215"/>
        <source>The catalog is up to date.</source>
        <translation>O catálogo está atualizado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog refresh was refused, catalog from %1 kept: %2</source>
        <translation>A atualização do catálogo foi recusada; mantido o catálogo de %1: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Offline — catalog from %1</source>
        <translation>Sem conexão — catálogo de %1</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>The catalog is still loading.</source>
        <translation>O catálogo ainda está carregando.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refreshing the catalog…</source>
        <translation>Atualizando o catálogo…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This firmware came from the catalog refresh; fetching its page for its MD5 and size…</source>
        <translation>Este firmware veio da atualização do catálogo; buscando a página dele para o MD5 e o tamanho…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version came from the catalog refresh; fetching its page for the changelog and the other mirrors…</source>
        <translation>Esta versão veio da atualização do catálogo; buscando a página dela para o registro de alterações e os outros espelhos…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This firmware came from the catalog refresh: its MD5 and size are not known yet, and its page could not be fetched (%1). A download cannot be verified until it is.</source>
        <translation>Este firmware veio da atualização do catálogo: o MD5 e o tamanho dele ainda não são conhecidos, e não foi possível buscar a página dele (%1). Até lá, um download não pode ser verificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This version came from the catalog refresh: its changelog and other mirrors are not known yet, and its page could not be fetched (%1). Downloads use the one known link.</source>
        <translation>Esta versão veio da atualização do catálogo: o registro de alterações e os outros espelhos ainda são desconhecidos, e não foi possível buscar a página dela (%1). Os downloads usam o único link conhecido.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>and %Ln more</source>
        <translation>
            <numerusform>e mais %Ln</numerusform>
            <numerusform>e mais %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ROMs for your devices</source>
        <translation>ROMs novas para seus dispositivos</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Catalog refreshed: no new files.</source>
        <translation>Catálogo atualizado: nenhum arquivo novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog refreshed: %1 (View → What&apos;s New).</source>
        <extracomment>%1: the new files by kind, &quot;2 new ROM files, 1 new firmware file&quot;</extracomment>
        <translation>Catálogo atualizado: %1 (Exibir → Novidades).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The catalog refresh looks cut short and was refused, catalog from %1 kept: %2</source>
        <translation>A atualização do catálogo parece cortada e foi recusada; mantido o catálogo de %1: %2</translation>
    </message>
</context>
<context>
    <name>CatalogStore</name>
    <message>
        <location filename="../src/core/catalog/catalogstore.cpp" line="+48"/>
        <source>Could not save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The saved catalog refresh (%1) could not be read: %2</source>
        <translation>Não foi possível ler a atualização salva do catálogo (%1): %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Catalog refresh</source>
        <translation>Atualização do catálogo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Your imported pages (%1) could not be read: %2</source>
        <translation>Não foi possível ler suas páginas importadas (%1): %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The catalog %1 could not be read: %2</source>
        <translation>Não foi possível ler o catálogo %1: %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Imported pages</source>
        <translation>Páginas importadas</translation>
    </message>
</context>
<context>
    <name>CatalogSummary</name>
    <message numerus="yes">
        <location filename="../src/gui/catalogsummary.cpp" line="+10"/>
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln versão</numerusform>
            <numerusform>%Ln versões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln arquivo</numerusform>
            <numerusform>%Ln arquivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln dispositivo</numerusform>
            <numerusform>%Ln dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>data of %1</source>
        <translation>dados de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln new ROM file(s)</source>
        <translation>
            <numerusform>%Ln arquivo de ROM novo</numerusform>
            <numerusform>%Ln arquivos de ROM novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new firmware file(s)</source>
        <extracomment>Firmware-only zips that a catalog refresh brought</extracomment>
        <translation>
            <numerusform>%Ln arquivo de firmware novo</numerusform>
            <numerusform>%Ln arquivos de firmware novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln new vendor package(s)</source>
        <extracomment>Vendor packages that a catalog refresh brought</extracomment>
        <translation>
            <numerusform>%Ln pacote vendor novo</numerusform>
            <numerusform>%Ln pacotes vendor novos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogTerms</name>
    <message>
        <location filename="../src/gui/catalogterms.cpp" line="+10"/>
        <source>Stable</source>
        <extracomment>ROM branch: the stable release (Xiaomi China: 稳定版)</extracomment>
        <translation>Estável</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stable Beta</source>
        <extracomment>ROM branch: a stable build tested before its release (Xiaomi China: 稳定内测版)</extracomment>
        <translation>Beta estável</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly</source>
        <extracomment>ROM branch: the weekly developer build (Xiaomi China: 开发版)</extracomment>
        <translation>Semanal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public Beta</source>
        <extracomment>ROM branch: the public beta (Xiaomi China: 公测版)</extracomment>
        <translation>Beta pública</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recovery</source>
        <extracomment>ROM file type: a package installed by the phone&apos;s recovery (Xiaomi China: 卡刷包)</extracomment>
        <translation>Recovery</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fastboot</source>
        <extracomment>ROM file type: images flashed over USB in fastboot mode (Xiaomi China: 线刷包)</extracomment>
        <translation>Fastboot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Firmware</source>
        <extracomment>One page or file of the Firmware section, in the singular: &quot;MI 5 Global · Firmware V10.2.2.0.OAAMIXM Stable&quot;</extracomment>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vendor</source>
        <extracomment>One page or file of the Vendor section, in the singular: &quot;Mi 5s Global · Vendor 9.6.27 Weekly&quot;</extracomment>
        <translation>Vendor</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>China</source>
        <extracomment>ROM region (the market a ROM is built for)</extracomment>
        <translation>China</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Global</source>
        <translation>Global</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EEA</source>
        <translation>Europa (EEA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russia</source>
        <translation>Rússia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>India</source>
        <translation>Índia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indonesia</source>
        <translation>Indonésia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taiwan</source>
        <translation>Taiwan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turkey</source>
        <translation>Turquia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japan</source>
        <translation>Japão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Korea</source>
        <translation>Coreia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Singapore</source>
        <translation>Singapura</translation>
    </message>
</context>
<context>
    <name>CatalogTreeModel</name>
    <message numerus="yes">
        <location filename="../src/core/catalog/catalogtreemodel.cpp" line="+79"/>
        <source>%Ln vendor package(s)</source>
        <extracomment>Contents of a vendor version in the catalog tree</extracomment>
        <translation>
            <numerusform>%Ln pacote vendor</numerusform>
            <numerusform>%Ln pacotes vendor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln firmware zip(s)</source>
        <extracomment>Contents of a firmware version in the catalog tree: its firmware-only zips</extracomment>
        <translation>
            <numerusform>%Ln zip de firmware</numerusform>
            <numerusform>%Ln zips de firmware</numerusform>
        </translation>
    </message>
    <message>
        <location line="+340"/>
        <location line="+61"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>New since the previous catalog refresh</source>
        <translation>Novo desde a última atualização do catálogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed on the connected phone</source>
        <translation>Instalada no celular conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newer than the version on the connected phone</source>
        <translation>Mais nova que a versão do celular conectado</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>My devices</source>
        <translation>Meus dispositivos</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+9"/>
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln dispositivo</numerusform>
            <numerusform>%Ln dispositivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln version(s)</source>
        <translation>
            <numerusform>%Ln versão</numerusform>
            <numerusform>%Ln versões</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Device / Version</source>
        <translation>Dispositivo / versão</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Ramo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Released</source>
        <extracomment>Column header: the release date</extracomment>
        <translation>Lançada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <extracomment>Column header: how many devices, versions or files a row holds</extracomment>
        <translation>Conteúdo</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>, </source>
        <extracomment>Between the items of a short list in a cell: &quot;Recovery, Fastboot&quot; (Chinese: 、)</extracomment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>CatalogUpdater</name>
    <message>
        <location filename="../src/core/feed/catalogupdater.cpp" line="+316"/>
        <source>Refresh cancelled.</source>
        <translation>Atualização cancelada.</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>The catalog is up to date (not modified since %1).</source>
        <translation>O catálogo está atualizado (sem alterações desde %1).</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>it lists %1 firmware records, under half of the %2 of the last good feed: it looks cut short</source>
        <translation>ele lista %1 registros de firmware, menos da metade dos %2 do último feed válido: parece cortado</translation>
    </message>
    <message>
        <location line="+169"/>
        <source>The firmware list is up to date (not modified since %1).</source>
        <translation>A lista de firmware está atualizada (sem alterações desde %1).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Catalog refreshed from %1: %Ln new file(s)</source>
        <translation>
            <numerusform>Catálogo atualizado a partir de %1: %Ln arquivo novo</numerusform>
            <numerusform>Catálogo atualizado a partir de %1: %Ln arquivos novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Firmware list refreshed from %1: %Ln new file(s)</source>
        <translation>
            <numerusform>Lista de firmware atualizada a partir de %1: %Ln arquivo novo</numerusform>
            <numerusform>Lista de firmware atualizada a partir de %1: %Ln arquivos novos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+12"/>
        <source>firmware list: %1</source>
        <translation>lista de firmware: %1</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>it lists %1 ROM records, under half of the %2 of the last good feed: it looks cut short</source>
        <translation>ele lista %1 registros de ROM, menos da metade dos %2 do último feed válido: parece cortado</translation>
    </message>
</context>
<context>
    <name>ChangelogView</name>
    <message>
        <location filename="../src/gui/changelogview.cpp" line="+32"/>
        <source>Changelog</source>
        <translation>Registro de alterações</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hide changelog</source>
        <translation>Ocultar registro de alterações</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show changelog</source>
        <translation>Mostrar registro de alterações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide the changelog of this file</source>
        <translation>Ocultar o registro de alterações deste arquivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the changelog of this file</source>
        <translation>Mostrar o registro de alterações deste arquivo</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="+22"/>
        <source>Branch (Stable, Weekly, ...).</source>
        <extracomment>Stable, Weekly: branch names (a ROM&apos;s release channel), which stay in English</extracomment>
        <translation>Ramo (Stable, Weekly, ...).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type (Recovery or Fastboot).</source>
        <extracomment>Recovery, Fastboot: how a ROM is installed; the names stay in English</extracomment>
        <translation>Tipo (Recovery ou Fastboot).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Region (Global, China, EEA, ...).</source>
        <translation>Região (Global, China, EEA, ...).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>list takes no arguments, only options</source>
        <translation>list não aceita argumentos, só opções</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no ROM file matches</source>
        <translation>nenhum arquivo de ROM corresponde</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>show needs CODENAME and VERSION, e.g. &apos;firmware-cli show gemini 7.6.8&apos;</source>
        <translation>show precisa de CODENAME e VERSION, por exemplo &apos;firmware-cli show gemini 7.6.8&apos;</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../src/cli/refreshcommands.cpp" line="+237"/>
        <source>no device with the codename &apos;%1&apos; (the site&apos;s device folder, as in its links)</source>
        <translation>nenhum dispositivo com o codinome &apos;%1&apos; (a pasta do dispositivo no site, como nos links dele)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no version &apos;%2&apos;</source>
        <translation>%1 não tem a versão &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>import needs one FILE, a saved XFU version page</source>
        <translation>import precisa de um FILE, uma página de versão do XFU salva</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Imported %1 %2 (%Ln file(s)) into %3</source>
        <translation>
            <numerusform>%1 %2 importado (%Ln arquivo) em %3</numerusform>
            <numerusform>%1 %2 importado (%Ln arquivos) em %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+198"/>
        <source>Run &apos;firmware-cli --help&apos; for usage.</source>
        <translation>Execute &apos;firmware-cli --help&apos; para ver como usar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no command given</source>
        <translation>nenhum comando informado</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconhecido &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Catalog file to use.</source>
        <translation>Arquivo de catálogo a usar.</translation>
    </message>
    <message>
        <location filename="../src/cli/devicecommands.cpp" line="+59"/>
        <source>The adb program (default: Preferences, else PATH).</source>
        <translation>O programa adb (padrão: Preferências; senão, PATH).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The fastboot program (default: Preferences, else PATH).</source>
        <translation>O programa fastboot (padrão: Preferências; senão, PATH).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone to use when several are connected.</source>
        <translation>O celular a usar quando vários estão conectados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds each adb / fastboot command may take (20).</source>
        <translation>Segundos que cada comando adb / fastboot pode levar (20).</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+2"/>
        <source>Print JSON.</source>
        <translation>Imprimir JSON.</translation>
    </message>
    <message>
        <location filename="../src/cli/devicecommands.cpp" line="+91"/>
        <source>device takes no arguments, only options</source>
        <translation>device não aceita argumentos, só opções</translation>
    </message>
    <message>
        <location line="-72"/>
        <location filename="../src/cli/downloadcommands.cpp" line="+89"/>
        <location filename="../src/cli/refreshcommands.cpp" line="-87"/>
        <source>--timeout wants a number of seconds, not &apos;%1&apos;</source>
        <translation>--timeout espera um número de segundos, não &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>phone %1 (%2, %3): %4</source>
        <translation>celular %1 (%2, %3): %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without serial</source>
        <translation>sem número de série</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no readable phone with the serial &apos;%1&apos;</source>
        <translation>nenhum celular legível com o número de série &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no phone found. Connect it by USB with USB debugging on (Settings → Additional settings → Developer options), or start it in fastboot mode.</source>
        <translation>nenhum celular encontrado. Conecte-o por USB com a depuração USB ativada (Configurações → Configurações adicionais → Opções do desenvolvedor) ou inicie-o no modo fastboot.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>several phones are connected; choose one with --serial SERIAL:</source>
        <translation>há vários celulares conectados; escolha um com --serial SERIAL:</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../src/cli/flashcommands.cpp" line="+226"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: %1 (%2, serial %3)</source>
        <translation>Celular: %1 (%2, número de série %3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Codename: %1</source>
        <translation>Codinome: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant: %1</source>
        <translation>Variante: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region: %1</source>
        <translation>Região: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardware region: %1 (ro.boot.hwc = %2)</source>
        <translation>Região do hardware: %1 (ro.boot.hwc = %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installed version: %1</source>
        <translation>Versão instalada: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Android: %1</source>
        <translation>Android: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anti-rollback index: %1</source>
        <translation>Índice anti-rollback: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catalog device: %1</source>
        <translation>Dispositivo do catálogo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(also listed under %1)</source>
        <translation>(também listado como %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Installed version&apos;s page: %1</source>
        <translation>Página da versão instalada: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newer versions for its region and branch: %1</source>
        <translation>Versões mais novas para a região e o ramo dele: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recommended ROMs (best first):</source>
        <translation>ROMs recomendadas (a melhor primeiro):</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-61"/>
        <source>Download folder (default: the current folder).</source>
        <translation>Pasta de download (padrão: a pasta atual).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed attempts in a row without new bytes before giving up (10).</source>
        <translation>Tentativas seguidas sem novos bytes antes de desistir (10).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds without a byte that count as a stall (30).</source>
        <translation>Segundos sem nenhum byte que contam como travamento (30).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>--retries wants a number of attempts, not &apos;%1&apos;</source>
        <translation>--retries espera um número de tentativas, não &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>trying mirror %1/%2: %3</source>
        <translation>tentando o espelho %1/%2: %3</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>interrupted; run the same command again to resume %1</source>
        <translation>interrompido; execute o mesmo comando de novo para retomar %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>verified (MD5 matches)</source>
        <translation>verificado (o MD5 confere)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>prefix verified (no MD5 known; the MD5 starts with the %1 digits in the file name)</source>
        <translation>verificado pelo prefixo (MD5 desconhecido; o MD5 começa com os dígitos %1 do nome do arquivo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>completed, not verified (no checksum known)</source>
        <translation>concluído, não verificado (nenhuma soma de verificação conhecida)</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+191"/>
        <source>already downloaded, %1</source>
        <translation>já baixado, %1</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>stopped: %1; the partial file stays for a resume: %2</source>
        <translation>interrompido: %1; o arquivo parcial fica para retomar: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refused: %1</source>
        <translation>recusado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>failed: %1; the partial file stays: %2</source>
        <translation>falhou: %1; o arquivo parcial foi mantido: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed: %1; nothing was kept</source>
        <translation>falhou: %1; nada foi mantido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed: %1; the partial file stays for a resume: %2</source>
        <translation>falhou: %1; o arquivo parcial fica para retomar: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery or Fastboot.</source>
        <translation>Recovery ou Fastboot.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mirror host to try first (bn.d.miui.com).</source>
        <translation>O espelho a tentar primeiro (bn.d.miui.com).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>download wants CODENAME VERSION</source>
        <translation>download espera CODENAME VERSION</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no version %1 for the device folder %2 in the catalog</source>
        <translation>o catálogo não tem a versão %1 para a pasta de dispositivo %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no %1 file on this page</source>
        <translation>nenhum arquivo %1 nesta página</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>this version has several files; choose one with --type:</source>
        <translation>esta versão tem vários arquivos; escolha um com --type:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>refused the catalog&apos;s file name: %1</source>
        <translation>nome de arquivo do catálogo recusado: %1</translation>
    </message>
    <message>
        <location line="-351"/>
        <source>Expected MD5 (32 hex digits).</source>
        <translation>MD5 esperado (32 dígitos hexadecimais).</translation>
    </message>
    <message>
        <location line="+362"/>
        <source>Expected size in bytes.</source>
        <translation>Tamanho esperado em bytes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local file name (default: the URL&apos;s last segment).</source>
        <translation>Nome do arquivo local (padrão: o último segmento da URL).</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>fetch wants a URL (and maybe other URLs of the same file, as mirrors)</source>
        <translation>fetch espera uma URL (e talvez outras URLs do mesmo arquivo, como espelhos)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not an http or https URL</source>
        <translation>&apos;%1&apos; não é uma URL http ou https</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+45"/>
        <source>&apos;%1&apos; is not an MD5 (32 hex digits)</source>
        <translation>&apos;%1&apos; não é um MD5 (32 dígitos hexadecimais)</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>--size wants a number of bytes, not &apos;%1&apos;</source>
        <translation>--size espera um número de bytes, não &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>refused the file name: %1 (choose one with --name)</source>
        <translation>nome de arquivo recusado: %1 (escolha um com --name)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>verify wants one FILE</source>
        <translation>verify espera um FILE</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/cli/flashcommands.cpp" line="-49"/>
        <source>%1 is not a file</source>
        <translation>%1 não é um arquivo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no checksum known for %1 (not in the catalog, or its MD5 is Unknown); use --md5</source>
        <translation>nenhuma soma de verificação conhecida para %1 (não está no catálogo ou o MD5 é Unknown); use --md5</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cannot read %1: %2</source>
        <translation>não é possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>match (prefix): the MD5 %1 starts with the file name&apos;s %2; no full MD5 is known: %3</source>
        <translation>confere (prefixo): o MD5 %1 começa com o %2 do nome do arquivo; o MD5 completo é desconhecido: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>match: MD5 %1: %2</source>
        <translation>confere: MD5 %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mismatch: MD5 %1, expected %2: %3</source>
        <translation>não confere: MD5 %1, esperado %2: %3</translation>
    </message>
    <message>
        <location filename="../src/cli/refreshcommands.cpp" line="-131"/>
        <source>Fetch the feed from URL instead of upstream.</source>
        <translation>Buscar o feed na URL em vez da origem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetch the firmware feed from URL instead of upstream. With only one of --source and --firmware-source, only that feed is refreshed.</source>
        <translation>Buscar o feed de firmware na URL em vez da origem. Com apenas um de --source e --firmware-source, só esse feed é atualizado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds to wait for the feed (30).</source>
        <translation>Segundos de espera pelo feed (30).</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>refresh takes no arguments, only options</source>
        <translation>refresh não aceita argumentos, só opções</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--source wants an http(s) URL, not &apos;%1&apos;</source>
        <translation>--source espera uma URL http(s), não &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--firmware-source wants an http(s) URL, not &apos;%1&apos;</source>
        <translation>--firmware-source espera uma URL http(s), não &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the firmware feed looks cut short, refused: %1</source>
        <translation>o feed de firmware parece cortado e foi recusado: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the feed was refused: %1</source>
        <translation>o feed foi recusado: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the firmware feed was refused: %1</source>
        <translation>o feed de firmware foi recusado: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>offline: %1</source>
        <translation>sem conexão: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>catalog unchanged (data from %1)</source>
        <translation>catálogo inalterado (dados de %1)</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>not modified</source>
        <translation>sem alterações</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added %1, updated %2 (from %3)</source>
        <translation>%1 adicionados, %2 atualizados (de %3)</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Only this region (Global, China, EEA, ...).</source>
        <translation>Só esta região (Global, China, EEA, ...).</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>latest needs a CODENAME, e.g. &apos;firmware-cli latest gemini&apos;</source>
        <translation>latest precisa de um CODENAME, por exemplo &apos;firmware-cli latest gemini&apos;</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has no ROM for the region &apos;%2&apos;</source>
        <translation>%1 não tem ROM para a região &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="-16"/>
        <source>A version page saved from the site (HTML).</source>
        <translation>Uma página de versão salva do site (HTML).</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="+7"/>
        <source>Show this help.</source>
        <translation>Mostra esta ajuda.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the ROM files of the catalog, one per card per version page</source>
        <translation>os arquivos de ROM do catálogo, um por cartão de cada página de versão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the cards of a version page</source>
        <translation>os cartões de uma página de versão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add a saved XFU version page to your catalog</source>
        <translation>adiciona ao seu catálogo uma página de versão do XFU salva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the newest file of a device per branch, type and region</source>
        <translation>o arquivo mais novo de um dispositivo por ramo, tipo e região</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add the ROMs published since the catalog was made (upstream latest.yml)</source>
        <translation>adiciona as ROMs publicadas desde que o catálogo foi criado (latest.yml da origem)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>download a catalog file from its mirrors, check its size and MD5</source>
        <translation>baixa um arquivo do catálogo dos espelhos dele e confere o tamanho e o MD5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>download any URL, the other URLs as mirrors of the same file</source>
        <translation>baixa qualquer URL, com as outras URLs como espelhos do mesmo arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hash FILE; without --md5 the catalog&apos;s MD5 for its name</source>
        <translation>calcula o hash de FILE; sem --md5, o MD5 do catálogo para o nome dele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the phone connected by USB (adb or fastboot mode) and the ROMs for it</source>
        <translation>o celular conectado por USB (adb ou modo fastboot) e as ROMs para ele</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Usage: firmware-cli COMMAND [OPTIONS]
Find and inspect official Xiaomi MIUI / HyperOS ROMs (data: Xiaomi Firmware Updater).
</source>
        <translation>Uso: firmware-cli COMMAND [OPTIONS]
Encontre e examine ROMs oficiais da Xiaomi MIUI / HyperOS (dados: Xiaomi Firmware Updater).
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;firmware-cli COMMAND --help&apos; describes the options and arguments of a command.
  -h, --help           show this help;  -v, --version  show the version

Exit codes:
  0  done (download/fetch: verified, prefix verified, or no checksum known: the
     last line says which)
  1  bad usage or refused input (a clear message on stderr)
  2  network or disk failure (after the retries; the .part stays for a resume),
     or every mirror says the file is gone
  3  checksum or size mismatch (no final file and no .part are kept)
  4  nothing found (verify: no checksum known)
  130 interrupted (Ctrl+C; the .part stays for a resume)
</source>
        <translation>&apos;firmware-cli COMMAND --help&apos; descreve as opções e os argumentos de um comando.
  -h, --help           mostra esta ajuda;  -v, --version  mostra a versão

Códigos de saída:
  0  feito (download/fetch: verificado, verificado pelo prefixo ou nenhuma soma de
     verificação conhecida: a última linha diz qual)
  1  uso incorreto ou entrada recusada (uma mensagem clara no stderr)
  2  falha de rede ou de disco (após as tentativas; o .part fica para retomar),
     ou todos os espelhos dizem que o arquivo não existe mais
  3  soma de verificação ou tamanho não confere (nem o arquivo final nem o .part são mantidos)
  4  nada encontrado (verify: nenhuma soma de verificação conhecida)
  130 interrompido (Ctrl+C; o .part fica para retomar)
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-179"/>
        <source>The http(s) URL of the file.</source>
        <translation>A URL http(s) do arquivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other URLs of the same file, tried when the first fails.</source>
        <translation>Outras URLs do mesmo arquivo, tentadas quando a primeira falha.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The file to check.</source>
        <translation>O arquivo a conferir.</translation>
    </message>
    <message>
        <location filename="../src/cli/refreshcommands.cpp" line="-62"/>
        <source>the feed looks cut short, refused: %1</source>
        <translation>o feed parece cortado e foi recusado: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-129"/>
        <source>what a ROM file holds (product, anti-rollback index, flash scripts, images), and with --phone whether it fits the connected phone</source>
        <translation>o que um arquivo de ROM contém (produto, índice anti-rollback, scripts de flash, imagens) e, com --phone, se serve para o celular conectado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unpack a Fastboot ROM safely, ready for its flash scripts</source>
        <translation>descompactar com segurança uma ROM Fastboot, pronta para os seus scripts de flash</translation>
    </message>
    <message>
        <location filename="../src/cli/flashcommands.cpp" line="-145"/>
        <source>reading %1</source>
        <translation>lendo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking %1</source>
        <translation>conferindo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>extracting %1</source>
        <translation>descompactando %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verifying %1</source>
        <translation>verificando %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check the ROM against the phone connected by USB (adb or fastboot mode).</source>
        <translation>Conferir a ROM com o celular conectado por USB (modo adb ou fastboot).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder to unpack into (default: the ROM file&apos;s folder).</source>
        <translation>Pasta onde descompactar (padrão: a pasta do arquivo da ROM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ROM file: a Fastboot .tgz or a Recovery .zip.</source>
        <translation>Um arquivo de ROM: um .tgz Fastboot ou um .zip Recovery.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Fastboot ROM (.tgz).</source>
        <translation>Uma ROM Fastboot (.tgz).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File: %1</source>
        <translation>Arquivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: Fastboot ROM</source>
        <translation>Tipo: ROM Fastboot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder: %1</source>
        <translation>Pasta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind: Recovery ROM (payload.bin: an A/B update)</source>
        <translation>Tipo: ROM Recovery (payload.bin: uma atualização A/B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind: Recovery ROM</source>
        <translation>Tipo: ROM Recovery</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product: %1</source>
        <translation>Produto: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not stated</source>
        <translation>não informado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anti-rollback index: %1 (from %2; the scripts compare it with fastboot getvar %3)</source>
        <translation>Índice anti-rollback: %1 (de %2; os scripts o comparam com fastboot getvar %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Anti-rollback index: %1 (the check is commented out in the scripts: they do not check)</source>
        <translation>Índice anti-rollback: %1 (a verificação está comentada nos scripts: eles não verificam)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback index: %1 (the scripts do not check it)</source>
        <translation>Índice anti-rollback: %1 (os scripts não o verificam)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scripts:</source>
        <translation>Scripts:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>[recommended]</source>
        <translation>[recomendado]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Metadata:</source>
        <translation>Metadados:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Images (%1, %2 unpacked):</source>
        <translation>Imagens (%1, %2 descompactadas):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Files (%1, %2 unpacked):</source>
        <translation>Arquivos (%1, %2 descompactados):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Extraction would refuse this archive: %1</source>
        <translation>A descompactação recusaria este pacote: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>inspect wants one FILE</source>
        <translation>inspect espera um FILE</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot inspect %1: %2</source>
        <translation>não foi possível examinar %1: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phone: %1 (%2, serial %3), anti-rollback index %4</source>
        <translation>Celular: %1 (%2, número de série %3), índice anti-rollback %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>extract wants one FILE</source>
        <translation>extract espera um FILE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>interrupted; nothing was kept</source>
        <translation>interrompido; nada foi mantido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot extract %1: %2</source>
        <translation>não foi possível descompactar %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>extracted: %1</source>
        <translation>descompactado: %1</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="-186"/>
        <source>The device named TEXT (marketing name, device name or codename); when no device has that name, every one whose name or codename contains TEXT.</source>
        <translation>O dispositivo chamado TEXT (nome comercial, nome do dispositivo ou codinome); quando nenhum dispositivo tem esse nome, todos cujo nome ou codinome contém TEXT.</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-43"/>
        <source>The site&apos;s device folder, as in its links (gemini, angelicain), in any letter case; a phone&apos;s variant (gemini_global) finds its base folder.</source>
        <translation>A pasta do dispositivo no site, como nos links dele (gemini, angelicain), em maiúsculas ou minúsculas; a variante de um celular (gemini_global) encontra a pasta base.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The version as the site writes it (7.6.8, V14.0.3.0.TKHMIXM), with or without the leading V.</source>
        <translation>A versão como o site a escreve (7.6.8, V14.0.3.0.TKHMIXM), com ou sem o V inicial.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>cannot write the output: %1</source>
        <translation>não é possível gravar a saída: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 wants one of %2 (in any letter case), not &apos;%3&apos;</source>
        <translation>%1 espera um destes valores: %2 (em maiúsculas ou minúsculas), não “%3”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;%1&apos; could mean any of %2 of %3; write the version as the site does</source>
        <translation>“%1” pode ser qualquer uma das versões %2 de %3; escreva a versão como o site a escreve</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="-450"/>
        <source>-o wants a folder, not an empty name</source>
        <translation>-o espera uma pasta, não um nome vazio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a file, not a folder; -o wants a folder</source>
        <translation>%1 é um arquivo, não uma pasta; -o espera uma pasta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot make the folder %1: %2 is not a folder</source>
        <translation>não é possível criar a pasta %1: %2 não é uma pasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write into the folder %1: %2</source>
        <translation>não é possível gravar na pasta %1: %2</translation>
    </message>
    <message>
        <location line="+199"/>
        <source>stopped: %1</source>
        <translation>parado: %1</translation>
    </message>
    <message>
        <location line="+249"/>
        <source>no such file: %1</source>
        <translation>arquivo inexistente: %1</translation>
    </message>
    <message>
        <location line="-482"/>
        <source>At most M connections at once, over every mirror of the file (8; 1: one mirror at a time).</source>
        <translation>No máximo M conexões ao mesmo tempo, em todos os espelhos do arquivo (8; 1: um espelho por vez).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most N connections to one host (4).</source>
        <translation>No máximo N conexões com um mesmo servidor (4).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>--connections wants a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--connections precisa de um número de 1 a %1, não &apos;%2&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--per-host wants a number from 1 to %1, not &apos;%2&apos;</source>
        <translation>--per-host precisa de um número de 1 a %1, não &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../src/cli/catalogcommands.cpp" line="+30"/>
        <source>no download link published</source>
        <translation>nenhum link de download publicado</translation>
    </message>
    <message>
        <location line="+127"/>
        <location filename="../src/cli/downloadcommands.cpp" line="+257"/>
        <source>%1 %2 has no %3 page</source>
        <translation>%1 %2 não tem página de %3</translation>
    </message>
    <message>
        <location filename="../src/cli/cliapp.cpp" line="-264"/>
        <source>The site&apos;s section: miui, hyperos, firmware (firmware-only zips) or vendor (vendor packages).</source>
        <extracomment>miui, hyperos, firmware, vendor: the site&apos;s sections, typed as they are</extracomment>
        <translation>A seção do site: miui, hyperos, firmware (zips só de firmware) ou vendor (pacotes vendor).</translation>
    </message>
    <message>
        <location filename="../src/cli/downloadcommands.cpp" line="+19"/>
        <source>this version has several files:</source>
        <translation>esta versão tem vários arquivos:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no download link published for %1</source>
        <translation>nenhum link de download publicado para %1</translation>
    </message>
</context>
<context>
    <name>ConditionalFetch</name>
    <message>
        <location filename="../src/core/feed/conditionalfetch.cpp" line="+71"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server announced %1, more than the %2 allowed</source>
        <translation>o servidor anunciou %1, mais que os %2 permitidos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the answer is larger than the %1 allowed</source>
        <translation>a resposta é maior que os %1 permitidos</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no answer from %1 in time</source>
        <translation>%1 não respondeu a tempo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2 %3</source>
        <translation>%1 respondeu HTTP %2 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 answered HTTP %2, not the document</source>
        <translation>%1 respondeu HTTP %2 em vez do documento</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <location filename="../src/gui/copyablefield.cpp" line="+24"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copy the %1</source>
        <translation>Copiar o %1</translation>
    </message>
</context>
<context>
    <name>CounterpartLinks</name>
    <message>
        <location filename="../src/gui/counterpartlinks.cpp" line="+70"/>
        <source>Firmware only</source>
        <extracomment>Link of a ROM page to the firmware-only zip of the same version, as the website calls it</extracomment>
        <translation>Só firmware</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the firmware-only zip of this version: its firmware partitions without the system, for those who run a custom ROM</source>
        <translation>Mostrar o zip só de firmware desta versão: as partições de firmware sem o sistema, para quem usa uma ROM personalizada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ROM</source>
        <extracomment>Link of a firmware page to the ROM page of the same version (&quot;ROM: MIUI V10.2.2.0.OAAMIXM&quot;)</extracomment>
        <translation>ROM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the ROM page of this version</source>
        <translation>Mostrar a página da ROM desta versão</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../src/gui/detailspane.cpp" line="+44"/>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 · %2 %3 %4</source>
        <translation>%1 · %2 %3 %4</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No catalog loaded.</source>
        <translation>Nenhum catálogo carregado.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open on &amp;Website</source>
        <translation>Abrir no &amp;site</translation>
    </message>
    <message>
        <location line="+76"/>
        <source> · Android %1</source>
        <translation> · Android %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 device</source>
        <extracomment>Subtitle of a device: %1 is its system, MIUI or HyperOS (&quot;a MIUI device&quot;)</extracomment>
        <translation>Dispositivo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>Codinome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions</source>
        <translation>Versões</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Newest</source>
        <extracomment>The newest version of the device</extracomment>
        <translation>Mais recente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a version in the list to see its files.</source>
        <translation>Selecione uma versão na lista para ver os arquivos dela.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a device, then one of its versions.</source>
        <translation>Selecione um dispositivo e depois uma das versões dele.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Page notice</source>
        <translation>Aviso da página</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Search for your phone above — its name, codename or a version — or connect it by USB and press Detect Phone. Then pick a version to see its files.</source>
        <translation>Procure seu celular acima (nome, codinome ou uma versão) ou conecte-o por USB e clique em Detectar celular. Depois escolha uma versão para ver seus arquivos.</translation>
    </message>
    <message>
        <location line="+257"/>
        <source>Hidden by the search</source>
        <translation>Oculta pela busca</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search and filters hide this version: select one of the results, or clear the search (Esc) to download this one.</source>
        <translation>A busca e os filtros ocultam esta versão: escolha um dos resultados ou limpe a busca (Esc) para baixá-la.</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <location filename="../src/gui/devicepanel.cpp" line="+27"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown phone</source>
        <translation>Celular desconhecido</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+69"/>
        <source>Recommended ROMs</source>
        <translation>ROMs recomendadas</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Connect the phone by USB with USB debugging on, or in fastboot mode, then detect it.</source>
        <translation>Conecte o celular por USB com a depuração USB ativada, ou no modo fastboot, e depois detecte-o.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Celular:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected phones</source>
        <translation>Celulares conectados</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Notes about the phone</source>
        <translation>Observações sobre o celular</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Ramo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Column header. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+47"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The newest ROM per branch and type for the phone&apos;s region first; Enter or a double click opens the version</source>
        <translation>Primeiro a ROM mais nova de cada ramo e tipo para a região do celular; Enter ou um clique duplo abre a versão</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>Codinome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Variant</source>
        <extracomment>The phone&apos;s build variant, e.g. alioth_global</extracomment>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Installed</source>
        <extracomment>The ROM version installed on the phone</extracomment>
        <translation>Instalada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback</source>
        <extracomment>Xiaomi&apos;s anti-rollback index of the phone (a number; a lower one cannot be flashed)</extracomment>
        <translation>Anti-rollback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection</source>
        <extracomment>How the phone is connected: adb or fastboot</extracomment>
        <translation>Conexão</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Looking for a phone…</source>
        <translation>Procurando um celular…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No phone found. Connect it by USB with USB debugging on (Settings → Additional settings → Developer options), or start it in fastboot mode, then detect again.</source>
        <translation>Nenhum celular encontrado. Conecte-o por USB com a depuração USB ativada (Configurações → Configurações adicionais → Opções do desenvolvedor) ou inicie-o no modo fastboot e detecte de novo.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 hardware</source>
        <translation>hardware %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (hardware: %2)</source>
        <translation>%1 (hardware: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+48"/>
        <source>%1 · serial %2</source>
        <translation>%1 · número de série %2</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The installed version is the newest for its region and branch.</source>
        <translation>A versão instalada é a mais nova para a região e o ramo dela.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The firmware of the installed version without its system, for those who run a custom ROM.</source>
        <translation>O firmware da versão instalada sem o sistema, para quem usa uma ROM personalizada.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Phones connected: %1. Pick one.</source>
        <translation>Celulares conectados: %1. Escolha um.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Newer versions for its region and branch: %1, marked “Newer” in the tree.</source>
        <translation>Versões mais novas para a região e o ramo dele: %1, marcadas como “Mais nova” na árvore.</translation>
    </message>
</context>
<context>
    <name>DeviceProbe</name>
    <message>
        <location filename="../src/core/phone/deviceprobe.cpp" line="+29"/>
        <source>This user may not open the phone&apos;s USB device. On Linux, install udev rules for Android phones (Debian/Ubuntu: sudo apt install android-sdk-platform-tools-common), make sure you are in the plugdev group, then unplug the phone and plug it in again.</source>
        <translation>Este usuário não pode abrir o dispositivo USB do celular. No Linux, instale as regras udev para celulares Android (Debian/Ubuntu: sudo apt install android-sdk-platform-tools-common), confira se você está no grupo plugdev e depois desconecte e reconecte o celular.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The phone has not allowed USB debugging from this computer. Unlock it, tap “Allow” in the “Allow USB debugging?” prompt, then detect again.</source>
        <translation>O celular não permitiu a depuração USB a partir deste computador. Desbloqueie-o, toque em “Permitir” na pergunta “Permitir depuração USB?” e detecte de novo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The phone is connected but does not answer. Unplug it and plug it in again; if that does not help, run “adb kill-server” and detect again.</source>
        <translation>O celular está conectado, mas não responde. Desconecte e reconecte-o; se não resolver, execute “adb kill-server” e detecte de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The phone is still connecting. Wait a moment, then detect again.</source>
        <translation>O celular ainda está se conectando. Aguarde um momento e detecte de novo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The phone is in “%1” mode. Start Android with USB debugging on, or fastboot mode, then detect again.</source>
        <translation>O celular está no modo “%1”. Inicie o Android com a depuração USB ativada, ou o modo fastboot, e detecte de novo.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>“%1” did not answer within %2 s and was stopped.</source>
        <translation>“%1” não respondeu em %2 s e foi interrompido.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” could not be started: %2</source>
        <translation>Não foi possível iniciar “%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” crashed.</source>
        <translation>“%1” travou.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” failed (exit code %2).</source>
        <translation>“%1” falhou (código de saída %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” failed: %2</source>
        <translation>“%1” falhou: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not installed. On Debian or Ubuntu: sudo apt install adb fastboot. On Windows or macOS, install Android&apos;s platform-tools and set the path to %1 in Preferences → Phone (firmware-cli: %2 PATH).</source>
        <translation>%1 não está instalado. No Debian ou Ubuntu: sudo apt install adb fastboot. No Windows ou macOS, instale as platform-tools do Android e informe o caminho de %1 em Preferências → Celular (firmware-cli: %2 PATH).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not found at %2. Correct the path in Preferences → Phone (firmware-cli: %3 PATH).</source>
        <translation>%1 não foi encontrado em %2. Corrija o caminho em Preferências → Celular (firmware-cli: %3 PATH).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a program (%2). Correct the path in Preferences → Phone (firmware-cli: %3 PATH).</source>
        <translation>%1 não é um programa (%2). Corrija o caminho em Preferências → Celular (firmware-cli: %3 PATH).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Unplug the phone and plug it in again, or run “adb kill-server”, then detect again.</source>
        <translation>Desconecte e reconecte o celular, ou execute “adb kill-server”, e detecte de novo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unplug the phone and plug it in again, then detect again.</source>
        <translation>Desconecte e reconecte o celular e detecte de novo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The phone answered “%1” without any property.</source>
        <translation>O celular respondeu “%1” sem nenhuma propriedade.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Restart the phone into fastboot mode (hold Volume Down while powering on), then detect again.</source>
        <translation>Reinicie o celular no modo fastboot (segure Diminuir volume ao ligar) e detecte de novo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The phone did not say which product it is.</source>
        <translation>O celular não informou qual produto é.</translation>
    </message>
</context>
<context>
    <name>Download</name>
    <message>
        <location filename="../src/core/download/downloadtypes.cpp" line="+96"/>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrying</source>
        <translation>Tentando de novo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying</source>
        <translation>Verificando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>verified</source>
        <translation>verificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prefix verified</source>
        <translation>verificado pelo prefixo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not verified</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Retrying in %1 s: %2</source>
        <translation>Nova tentativa em %1 s: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>already downloaded, %1</source>
        <translation>já baixado, %1</translation>
    </message>
    <message>
        <location filename="../src/core/download/httpchecks.cpp" line="+115"/>
        <source>server unreachable (connection refused)</source>
        <translation>servidor inacessível (conexão recusada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection closed by the server</source>
        <translation>conexão encerrada pelo servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host not found</source>
        <translation>host não encontrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connection timed out</source>
        <translation>tempo de conexão esgotado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>network unavailable</source>
        <translation>rede indisponível</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused an insecure redirect (https to http)</source>
        <translation>redirecionamento inseguro recusado (de https para http)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many redirects</source>
        <translation>redirecionamentos demais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS error: %1</source>
        <translation>erro de TLS: %1</translation>
    </message>
    <message>
        <location filename="../src/core/download/targetlock.cpp" line="+33"/>
        <source>already being downloaded by another process (pid %1)</source>
        <translation>já está sendo baixado por outro processo (pid %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already being downloaded by another process</source>
        <translation>já está sendo baixado por outro processo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the lock file %1: permission denied</source>
        <translation>não foi possível criar o arquivo de trava %1: permissão negada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the lock file %1</source>
        <translation>não foi possível criar o arquivo de trava %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/download/downloadtypes.cpp" line="+42"/>
        <source>%Ln connection(s)</source>
        <translation>
            <numerusform>%Ln conexão</numerusform>
            <numerusform>%Ln conexões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln mirror(s)</source>
        <translation>
            <numerusform>%Ln espelho</numerusform>
            <numerusform>%Ln espelhos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1: %Ln connection(s), %2/s</source>
        <translation>
            <numerusform>%1: %Ln conexão, %2/s</numerusform>
            <numerusform>%1: %Ln conexões, %2/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DownloadListModel</name>
    <message>
        <location filename="../src/core/download/downloadlistmodel.cpp" line="+52"/>
        <source>/s</source>
        <extracomment>Per second, after a size: &quot;2.5 MB/s&quot;</extracomment>
        <translation>/s</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
%2
from mirror %3 of %4: %5</source>
        <translation>%1
%2
do espelho %3 de %4: %5</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <extracomment>Column header: the download&apos;s state and how far it got</extracomment>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed</source>
        <translation>Velocidade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mirror</source>
        <extracomment>Column header: the server (one of several copies of the file) a download comes from</extracomment>
        <translation>Espelho</translation>
    </message>
</context>
<context>
    <name>DownloadManager</name>
    <message>
        <location filename="../src/core/download/downloadmanager.cpp" line="+118"/>
        <source>%1 is already in the download queue</source>
        <translation>%1 já está na fila de downloads</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DownloadNotifier</name>
    <message>
        <location filename="../src/gui/downloadnotifier.cpp" line="+66"/>
        <source>No downloads running</source>
        <translation>Nenhum download em andamento</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln download(s)</source>
        <translation>
            <numerusform>%Ln download</numerusform>
            <numerusform>%Ln downloads</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 % (%3 of %4)</source>
        <translation>%1: %2 % (%3 de %4)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Download failed</source>
        <translation>Falha no download</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Download complete</source>
        <translation>Download concluído</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>&amp;Show Firmware Browser</source>
        <translation>&amp;Mostrar o Firmware Browser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause All Downloads</source>
        <translation>&amp;Pausar todos os downloads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resume All Downloads</source>
        <translation>&amp;Retomar todos os downloads</translation>
    </message>
</context>
<context>
    <name>DownloadTransfer</name>
    <message>
        <location filename="../src/core/download/downloadtransfer.cpp" line="+142"/>
        <location filename="../src/core/download/downloadtransferlead.cpp" line="+109"/>
        <source>cannot write %1: %2</source>
        <translation>não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot write the file (%1); free some space and resume</source>
        <translation>não é possível gravar o arquivo (%1); libere espaço e retome</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>removed by Xiaomi from all mirrors</source>
        <translation>removido pela Xiaomi de todos os espelhos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the file is gone from every mirror</source>
        <translation>o arquivo não está mais em nenhum espelho</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadtransferlead.cpp" line="-14"/>
        <source>not enough space: %1 needed, %2 free; free some space and resume</source>
        <translation>espaço insuficiente: %1 necessários, %2 livres; libere espaço e retome</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the connection ended after %1 of %2 bytes</source>
        <translation>a conexão terminou após %1 de %2 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection ended after %1 bytes</source>
        <translation>a conexão terminou após %1 bytes</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1; the server answered every resume with the whole file from byte 0 (HTTP 200), and no attempt got past byte %2 of %3</source>
        <translation>%1; o servidor respondeu a cada retomada com o arquivo inteiro desde o byte 0 (HTTP 200), e nenhuma tentativa passou do byte %2 de %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; the server answered every resume with the whole file from byte 0 (HTTP 200), and no attempt got past byte %2</source>
        <translation>%1; o servidor respondeu a cada retomada com o arquivo inteiro desde o byte 0 (HTTP 200), e nenhuma tentativa passou do byte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (gave up; failed attempts in a row: %2)</source>
        <translation>%1 (desistiu; tentativas seguidas com falha: %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; the server asks to wait %2, longer than allowed</source>
        <translation>%1; o servidor pede para esperar %2, mais que o permitido</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../src/core/download/downloadtransfersegments.cpp" line="+142"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No network connection — retry when online</source>
        <translation>Sem conexão de rede — tente de novo quando estiver on-line</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no mirror could deliver the file; the last one, %1: %2</source>
        <translation>nenhum espelho conseguiu entregar o arquivo; o último, %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 too slow (%2/s)</source>
        <translation>%1 lento demais (%2/s)</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../src/core/download/downloadtransfersegments.cpp" line="+69"/>
        <source>too slow (%1 B/s); reconnecting</source>
        <translation>lento demais (%1 B/s); reconectando</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadtransfersegments.cpp" line="-21"/>
        <source>no mirror could deliver the file; the last one, %1</source>
        <translation>nenhum espelho conseguiu entregar o arquivo; o último, %1</translation>
    </message>
</context>
<context>
    <name>DownloadWorker</name>
    <message>
        <location filename="../src/core/download/requestcheck.cpp" line="+18"/>
        <source>refused the file name: %1</source>
        <translation>nome de arquivo recusado: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no download URL</source>
        <translation>nenhuma URL de download</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused the URL &apos;%1&apos;: only http and https are supported</source>
        <translation>URL &apos;%1&apos; recusada: só http e https são aceitos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not an MD5 (32 hex digits)</source>
        <translation>&apos;%1&apos; não é um MD5 (32 dígitos hexadecimais)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create the folder %1</source>
        <translation>não é possível criar a pasta %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused to write through the symbolic link %1</source>
        <translation>gravação pelo link simbólico %1 recusada</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadworkerresume.cpp" line="+21"/>
        <source>%1 already exists and there is no checksum to compare it with; it was left alone</source>
        <translation>%1 já existe e não há soma de verificação para comparar; ele não foi alterado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checking the existing file</source>
        <translation>verificando o arquivo existente</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>checking the partial file</source>
        <translation>verificando o arquivo parcial</translation>
    </message>
    <message>
        <location filename="../src/core/download/downloadworker.cpp" line="+224"/>
        <source>size mismatch: got %1 bytes, expected %2</source>
        <translation>tamanho não confere: recebidos %1 bytes, esperados %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size mismatch: got %1, the catalog says %2</source>
        <translation>tamanho não confere: recebido %1, o catálogo diz %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checking the MD5</source>
        <translation>verificando o MD5</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cannot read the file: %1</source>
        <translation>não é possível ler o arquivo: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a different file named %1 already exists (MD5 %2); it was not overwritten</source>
        <translation>já existe outro arquivo chamado %1 (MD5 %2); ele não foi sobrescrito</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checksum mismatch: expected %1, got %2</source>
        <translation>soma de verificação não confere: esperada %1, obtida %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; downloading once more from the start</source>
        <translation>%1; baixando de novo desde o início</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 appeared while downloading; it was not overwritten</source>
        <translation>%1 apareceu durante o download; ele não foi sobrescrito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot rename %1 to its final name</source>
        <translation>não é possível renomear %1 para o nome final</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>size mismatch: got %1 bytes, the server declared %2</source>
        <translation>tamanho não confere: recebidos %1 bytes, o servidor declarou %2</translation>
    </message>
</context>
<context>
    <name>DownloadsDock</name>
    <message>
        <location filename="../src/gui/downloadsdock.cpp" line="+30"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Downloads</source>
        <translation>&amp;Downloads</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Download of %1 failed: %2</source>
        <translation>O download de %1 falhou: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded %1.</source>
        <translation>%1 baixado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The download queue could not be read: %1</source>
        <translation>Não foi possível ler a fila de downloads: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln unfinished download(s) restored.</source>
        <translation>
            <numerusform>%Ln download não concluído restaurado.</numerusform>
            <numerusform>%Ln downloads não concluídos restaurados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The catalog&apos;s file name “%1” is not safe to save: %2</source>
        <translation>Não é seguro salvar com o nome de arquivo do catálogo “%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not queued: %1</source>
        <translation>Não adicionado à fila: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download Not Queued</source>
        <translation>Download não adicionado à fila</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queued %1 from %2 into %3.</source>
        <translation>%1 na fila, de %2 para %3.</translation>
    </message>
</context>
<context>
    <name>DownloadsPanel</name>
    <message>
        <location filename="../src/gui/downloadspanel.cpp" line="+46"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;try</source>
        <translation>&amp;Tentar de novo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open &amp;Folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy Pat&amp;h</source>
        <translation>Copiar camin&amp;ho</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pause &amp;All</source>
        <translation>Pausar &amp;todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume A&amp;ll</source>
        <translation>Retomar to&amp;dos</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Inspect ROM</source>
        <translation>&amp;Examinar ROM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xtract</source>
        <translation>Desco&amp;mpactar</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Download actions</source>
        <translation>Ações de download</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Download details</source>
        <translation>Detalhes do download</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open in &amp;Browser</source>
        <translation>Abrir no &amp;navegador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link</source>
        <translation>Copiar &amp;link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear Fi&amp;nished</source>
        <translation>&amp;Limpar concluídos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the download from the list (a finished file stays on disk)</source>
        <translation>Remover o download da lista (um arquivo concluído fica no disco)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the completed and cancelled downloads from the list</source>
        <translation>Remover da lista os downloads concluídos e cancelados</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No downloads yet: the Download button of a ROM card adds one here.</source>
        <translation>Ainda não há downloads: o botão Baixar de um cartão de ROM adiciona um aqui.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The folder %1 does not exist (yet).</source>
        <translation>A pasta %1 não existe (ainda).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No file manager could open %1.</source>
        <translation>Nenhum gerenciador de arquivos conseguiu abrir %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1.</source>
        <translation>%1 aberto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copied the path of %1.</source>
        <translation>Caminho de %1 copiado.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opened %1 in your browser.</source>
        <translation>%1 aberto no seu navegador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open %1 in a browser.</source>
        <translation>Não foi possível abrir %1 em um navegador.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copied the link to %1.</source>
        <translation>Link para %1 copiado.</translation>
    </message>
</context>
<context>
    <name>FieldLabel</name>
    <message>
        <location filename="../src/gui/fieldlabel.cpp" line="-22"/>
        <source>&amp;Copy Selection</source>
        <translation>&amp;Copiar seleção</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
</context>
<context>
    <name>FirmwareFeed</name>
    <message>
        <location filename="../src/core/feed/firmwarefeed.cpp" line="+44"/>
        <source>the feed is empty</source>
        <translation>o feed está vazio</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>none of its %Ln record(s) could be read</source>
        <translation>
            <numerusform>não foi possível ler o seu %Ln registro</numerusform>
            <numerusform>não foi possível ler nenhum dos seus %Ln registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirmwareList</name>
    <message>
        <location filename="../src/core/feed/firmwarelist.cpp" line="+51"/>
        <source>it is not a list of package records</source>
        <translation>não é uma lista de registros de pacotes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>record</source>
        <extracomment>Fills %2 of &quot;record %1: missing or malformed %2&quot; when the whole entry is malformed</extracomment>
        <translation>registro</translation>
    </message>
    <message>
        <location filename="../src/core/feed/firmwarefeed.cpp" line="-7"/>
        <location filename="../src/core/feed/firmwarelist.cpp" line="+34"/>
        <source>record %1: missing or malformed %2</source>
        <extracomment>%1: the entry&apos;s number in the list; %2: one of its fields (filename, downloads.github…: stay in English) or &quot;record&quot;</extracomment>
        <translation>registro %1: %2 ausente ou malformado</translation>
    </message>
</context>
<context>
    <name>FlashController</name>
    <message>
        <location filename="../src/gui/flashcontroller.cpp" line="+122"/>
        <source>Its script that keeps your data: %1.</source>
        <translation>O script dela que mantém os seus dados: %1.</translation>
    </message>
</context>
<context>
    <name>FlashScript</name>
    <message>
        <location filename="../src/core/flash/flashscript.cpp" line="+89"/>
        <source>Flashes every partition, erases all data and relocks the bootloader. Only for the official ROM of this exact phone and region: a wrong ROM on a relocked phone may never start again.</source>
        <translation>Grava todas as partições, apaga todos os dados e bloqueia de novo o bootloader. Só para a ROM oficial deste mesmo celular e região: com a ROM errada, um celular bloqueado de novo pode nunca mais ligar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flashes every partition and keeps your apps, settings and files: the usual way to update.</source>
        <translation>Grava todas as partições e mantém os seus apps, configurações e arquivos: o jeito normal de atualizar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flashes every partition and erases all data: apps, settings and the files on the phone.</source>
        <translation>Grava todas as partições e apaga todos os dados: apps, configurações e os arquivos do celular.</translation>
    </message>
</context>
<context>
    <name>FolderListEdit</name>
    <message>
        <location filename="../src/gui/folderlistedit.cpp" line="+14"/>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Folder with Downloaded ROMs</source>
        <translation>Pasta com ROMs baixadas</translation>
    </message>
</context>
<context>
    <name>InspectRomDialog</name>
    <message>
        <location filename="../src/gui/inspectromdialog.cpp" line="+43"/>
        <source>Inspect ROM</source>
        <translation>Examinar ROM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Extract</source>
        <translation>&amp;Descompactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpack this Fastboot ROM into a folder next to it, ready for its flash scripts</source>
        <translation>Descompactar esta ROM Fastboot numa pasta ao lado dela, pronta para os seus scripts de flash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open Folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+59"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot read this ROM: %1</source>
        <translation>Não foi possível ler esta ROM: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 fits the connected phone, %2.</source>
        <translation>%1 serve para o celular conectado, %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Extracting %1…</source>
        <translation>Descompactando %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Already extracted: %1 is there. Open it with Open Folder, or remove it to extract again.</source>
        <translation>Já extraída: %1 já existe. Abra-a com Abrir pasta ou remova-a para extrair novamente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extraction cancelled; nothing was kept.</source>
        <translation>Descompactação cancelada; nada foi mantido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot extract: %1</source>
        <translation>Não foi possível descompactar: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extracted to %1</source>
        <translation>Descompactada em %1</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Do not flash %1 on %2: %3.</source>
        <translation>Não grave %1 no %2: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: check the notes below before flashing it on %2.</source>
        <translation>%1: confira as observações abaixo antes de gravá-la no %2.</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <location filename="../src/gui/languagesetting.cpp" line="+51"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LatestFeed</name>
    <message numerus="yes">
        <location filename="../src/core/feed/catalogupdater.cpp" line="+11"/>
        <source>%Ln record(s) of the feed skipped</source>
        <translation>
            <numerusform>%Ln registro do feed ignorado</numerusform>
            <numerusform>%Ln registros do feed ignorados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/feed/latestfeed.cpp" line="+90"/>
        <location line="+103"/>
        <source>the feed is empty</source>
        <translation>o feed está vazio</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>the feed is not a list of ROM records</source>
        <translation>o feed não é uma lista de registros de ROM</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>record</source>
        <extracomment>Fills %2 of &quot;record %1: missing or malformed %2&quot; when the whole entry is malformed</extracomment>
        <translation>registro</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>record %1: missing or malformed %2</source>
        <extracomment>%1: the entry&apos;s number in the feed; %2: one of its fields (md5, size…: stay in English) or &quot;record&quot;</extracomment>
        <translation>registro %1: %2 ausente ou malformado</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>none of its %Ln record(s) could be read</source>
        <translation>
            <numerusform>não foi possível ler o seu %Ln registro</numerusform>
            <numerusform>não foi possível ler nenhum dos seus %Ln registros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalCopy</name>
    <message>
        <location filename="../src/core/flash/localcopy.cpp" line="+16"/>
        <source>Found in %1; checking it…</source>
        <translation>Encontrado em %1; conferindo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (verified) in %1</source>
        <translation>Baixado (verificado) em %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (MD5 matches the file name) in %1</source>
        <translation>Baixado (o MD5 confere com o nome do arquivo) em %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded (not verified: no checksum known) in %1</source>
        <translation>Baixado (não verificado: nenhuma soma de verificação conhecida) em %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A different file with this name is in %1 (MD5 %2, the catalog says %3): it is not this ROM</source>
        <translation>Há outro arquivo com este nome em %1 (MD5 %2, o catálogo diz %3): não é esta ROM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file with this name is in %1 but cannot be read: %2</source>
        <translation>Há um arquivo com este nome em %1, mas não é possível lê-lo: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+14"/>
        <source>Firmware Browser</source>
        <translation>Firmware Browser</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Import Page…</source>
        <translation>&amp;Importar página…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a version page saved from xmfirmwareupdater.com to the catalog</source>
        <translation>Adicionar ao catálogo uma página de versão salva do xmfirmwareupdater.com</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Verify File…</source>
        <translation>&amp;Verificar arquivo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check a downloaded ROM file&apos;s MD5 against the catalog</source>
        <translation>Conferir o MD5 de um arquivo de ROM baixado com o catálogo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/gui/mainwindow.cpp" line="+312"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find</source>
        <translation>&amp;Localizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the catalog</source>
        <translation>Pesquisar no catálogo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Expand All</source>
        <translation>&amp;Expandir tudo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Collapse All</source>
        <translation>&amp;Recolher tudo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Firmware Browser</source>
        <translation>&amp;Sobre o Firmware Browser</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="-229"/>
        <source>Copied the %1.</source>
        <translation>Copiado: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No catalog loaded.</source>
        <translation>Nenhum catálogo carregado.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+2"/>
        <source>Loading catalog…</source>
        <translation>Carregando o catálogo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>No catalog</source>
        <translation>Sem catálogo</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The catalog could not be loaded.</source>
        <translation>Não foi possível carregar o catálogo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog Not Loaded</source>
        <translation>Catálogo não carregado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+200"/>
        <source>Imported Pages Not Loaded</source>
        <translation>Páginas importadas não carregadas</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Downloads Running</source>
        <translation>Downloads em andamento</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln download(s) are running. Quit and pause them? They resume next time.</source>
        <translation>
            <numerusform>%Ln download está em andamento. Sair e pausá-lo? Ele será retomado na próxima vez.</numerusform>
            <numerusform>%Ln downloads estão em andamento. Sair e pausá-los? Eles serão retomados na próxima vez.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Import Version Page</source>
        <translation>Importar página de versão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved version pages (*.html *.htm *.md);;All files (*)</source>
        <translation>Páginas de versão salvas (*.html *.htm *.md);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <location line="+293"/>
        <location line="+4"/>
        <source>Import failed: %1</source>
        <translation>Falha na importação: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Import Failed</source>
        <translation>Falha na importação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The page was not imported; the catalog is unchanged.

%1</source>
        <translation>A página não foi importada; o catálogo não foi alterado.

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catalog Not Reloaded</source>
        <translation>Catálogo não recarregado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The page was imported, but the catalog could not be reloaded.

%1</source>
        <translation>A página foi importada, mas não foi possível recarregar o catálogo.

%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 (%2).</source>
        <translation>%1 importado (%2).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not open %1 in a browser.</source>
        <translation>Não foi possível abrir %1 em um navegador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1 in your browser.</source>
        <translation>%1 aberto no seu navegador.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The new language applies the next time Firmware Browser starts.</source>
        <translation>O novo idioma vale a partir da próxima vez que o Firmware Browser for iniciado.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Verify File</source>
        <translation>Verificar arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROM files (*.zip *.tgz);;All files (*)</source>
        <translation>Arquivos de ROM (*.zip *.tgz);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="-153"/>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Toolbar</source>
        <translation>Barra de ferramentas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Refresh Catalog</source>
        <translation>A&amp;tualizar catálogo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the ROMs published since the catalog was made (from Xiaomi Firmware Updater&apos;s feed)</source>
        <translation>Adicionar as ROMs publicadas desde que o catálogo foi criado (do feed do Xiaomi Firmware Updater)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;What&apos;s New…</source>
        <translation>&amp;Novidades…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The ROM files the last catalog refresh brought</source>
        <translation>Os arquivos de ROM trazidos pela última atualização do catálogo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Detect Phone</source>
        <translation>&amp;Detectar celular</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the phone connected by USB (adb or fastboot mode), select its device and mark its installed and newer versions</source>
        <translation>Encontrar o celular conectado por USB (adb ou modo fastboot), selecionar o dispositivo dele e marcar a versão instalada e as mais novas</translation>
    </message>
    <message>
        <location filename="../src/gui/mainwindowflash.cpp" line="+28"/>
        <source>I&amp;nspect ROM…</source>
        <translation>E&amp;xaminar ROM…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What a ROM file holds: product, anti-rollback index, flash scripts, images; and whether it fits the connected phone</source>
        <translation>O que um arquivo de ROM contém: produto, índice anti-rollback, scripts de flash, imagens; e se serve para o celular conectado</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Inspect ROM</source>
        <translation>Examinar ROM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ROM files (*.tgz *.tar.gz *.tar *.zip);;All files (*)</source>
        <translation>Arquivos de ROM (*.tgz *.tar.gz *.tar *.zip);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Do Not Flash on the Connected Phone</source>
        <translation>Não gravar no celular conectado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was downloaded and verified: %2.</source>
        <translation>%1 foi baixado e verificado: %2.</translation>
    </message>
</context>
<context>
    <name>Md5Hasher</name>
    <message>
        <location filename="../src/core/download/md5hasher.cpp" line="+166"/>
        <source>the file is shorter than expected</source>
        <translation>o arquivo é menor que o esperado</translation>
    </message>
</context>
<context>
    <name>PageCompleter</name>
    <message>
        <location filename="../src/core/feed/pagecompleter.cpp" line="+40"/>
        <source>the page could not be read: %1</source>
        <translation>não foi possível ler a página: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server sent the page of %1 %2 instead</source>
        <translation>o servidor enviou a página de %1 %2 no lugar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>could not write the page cache in %1</source>
        <translation>não foi possível gravar o cache de páginas em %1</translation>
    </message>
</context>
<context>
    <name>PartFile</name>
    <message>
        <location filename="../src/core/download/partfile.cpp" line="+74"/>
        <source>cannot open %1 for writing</source>
        <translation>não é possível abrir %1 para gravação</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>cannot shorten %1: %2</source>
        <translation>não é possível encurtar %1: %2</translation>
    </message>
</context>
<context>
    <name>PhoneCheckView</name>
    <message>
        <location filename="../src/gui/phonecheckview.cpp" line="+30"/>
        <source>Why not to flash this ROM on the connected phone</source>
        <translation>Por que não gravar esta ROM no celular conectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to check before flashing</source>
        <translation>O que conferir antes de gravar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which script to run</source>
        <translation>Qual script executar</translation>
    </message>
</context>
<context>
    <name>PhoneController</name>
    <message>
        <location filename="../src/gui/phonecontroller.cpp" line="+19"/>
        <source>Phone</source>
        <translation>Celular</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Looking for a phone…</source>
        <translation>Procurando um celular…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Phone detection needs adb or fastboot.</source>
        <translation>A detecção do celular precisa do adb ou do fastboot.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No phone found.</source>
        <translation>Nenhum celular encontrado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detected %1.</source>
        <translation>%1 detectado.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Phones connected: %1. Pick one in the Phone panel.</source>
        <translation>Celulares conectados: %1. Escolha um no painel Celular.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>&amp;Phone</source>
        <translation>&amp;Celular</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Check Before Downloading</source>
        <translation>Confira antes de baixar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 may not suit the connected phone, %2.</source>
        <translation>%1 pode não servir para o celular conectado, %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Download Anyway</source>
        <translation>&amp;Baixar mesmo assim</translation>
    </message>
</context>
<context>
    <name>PhoneInfo</name>
    <message>
        <location filename="../src/core/phone/phoneinfo.cpp" line="+30"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PhoneMatcher</name>
    <message>
        <location filename="../src/core/phone/phonematcher.cpp" line="+67"/>
        <source>The phone did not say which device it is.</source>
        <translation>O celular não informou qual dispositivo é.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The catalog has no ROMs for “%1”.</source>
        <translation>O catálogo não tem ROMs para “%1”.</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>This phone runs a %1 ROM, but its hardware is a %2 model (ro.boot.hwc = %3): a seller probably flashed it. Going back to a %2 ROM is a region change: it needs an unlocked bootloader and a Fastboot ROM.</source>
        <translation>Este celular usa uma ROM %1, mas o hardware é um modelo %2 (ro.boot.hwc = %3): provavelmente um vendedor a instalou. Voltar para uma ROM %2 é uma troca de região: exige o bootloader desbloqueado e uma ROM Fastboot.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In fastboot mode the phone does not say which ROM or region it runs: start Android with USB debugging on for a full match. Showing the newest Fastboot ROMs of every region.</source>
        <translation>No modo fastboot o celular não informa qual ROM ou região usa: inicie o Android com a depuração USB ativada para uma correspondência completa. Mostrando as ROMs Fastboot mais novas de todas as regiões.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The installed version %1 is not in the catalog.</source>
        <translation>A versão instalada %1 não está no catálogo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anti-rollback index: %1. Flashing a ROM older than the installed one can be refused or brick the phone.</source>
        <translation>Índice anti-rollback: %1. Instalar uma ROM mais antiga que a instalada pode ser recusado ou inutilizar o celular (brick).</translation>
    </message>
</context>
<context>
    <name>PhoneRomCheck</name>
    <message>
        <location filename="../src/core/flash/phoneromcheck.cpp" line="+16"/>
        <source>The phone did not tell its product; this ROM is for %1.</source>
        <translation>O celular não informou o seu produto; esta ROM é para %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This ROM is for %1, the connected phone is %2 (%3): do not flash it, its own scripts refuse it.</source>
        <translation>Esta ROM é para %1 e o celular conectado é %2 (%3): não a grave; os próprios scripts dela a recusam.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Anti-rollback: this ROM&apos;s index is %1, the phone&apos;s is %2: flashing would be refused or brick the phone.</source>
        <translation>Anti-rollback: o índice desta ROM é %1 e o do celular é %2: a gravação seria recusada ou inutilizaria o celular.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Anti-rollback: this ROM&apos;s index is %1; the phone tells its own only in fastboot mode (%2). Detect the phone in fastboot mode before flashing.</source>
        <translation>Anti-rollback: o índice desta ROM é %1; o celular só informa o dele no modo fastboot (%2). Detecte o celular no modo fastboot antes de gravar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anti-rollback: this ROM&apos;s scripts have the check commented out and the phone&apos;s index is %1: make sure this ROM is not older than the installed one.</source>
        <translation>Anti-rollback: os scripts desta ROM têm a verificação comentada e o índice do celular é %1: confira se esta ROM não é mais antiga que a instalada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback: this ROM&apos;s scripts do not check it and the phone&apos;s index is %1: make sure this ROM is not older than the installed one.</source>
        <translation>Anti-rollback: os scripts desta ROM não o verificam e o índice do celular é %1: confira se esta ROM não é mais antiga que a instalada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recommended: %1 keeps your data.</source>
        <translation>Recomendado: %1 mantém os seus dados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended: %1 (this ROM has no script that keeps your data; it erases the phone).</source>
        <translation>Recomendado: %1 (esta ROM não tem script que mantenha os seus dados; ele apaga o celular).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 relocks the bootloader: only for the official ROM of this exact phone and region.</source>
        <translation>%1 bloqueia de novo o bootloader: só para a ROM oficial deste mesmo celular e região.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 erases all data.</source>
        <translation>%1 apaga todos os dados.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>for another product (%1), not for the phone&apos;s %2</source>
        <extracomment>a headline&apos;s reason not to flash a ROM: %1 the ROM&apos;s product(s), %2 the phone&apos;s (codenames such as whyred)</extracomment>
        <translation>é para outro produto (%1), não para o do celular, %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>anti-rollback index %1, lower than the phone&apos;s %2</source>
        <extracomment>a headline&apos;s reason not to flash a ROM whose product is right but older than the phone allows</extracomment>
        <translation>índice anti-rollback %1, menor que o do celular (%2)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This ROM is for %1, the connected phone is %2: do not flash it, its own scripts refuse it.</source>
        <translation>Esta ROM é para %1 e o celular conectado é %2: não a grave; os próprios scripts dela a recusam.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="+6"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The language of menus and messages; it changes the next time Firmware Browser starts</source>
        <translation>O idioma dos menus e mensagens; muda na próxima vez que o Firmware Browser for iniciado</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download &amp;folder:</source>
        <translation>&amp;Pasta de download:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where ROM files are saved</source>
        <translation>Onde os arquivos de ROM são salvos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Parallel downloads:</source>
        <translation>&amp;Downloads simultâneos:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>How many files download at the same time; the others wait in the queue</source>
        <translation>Quantos arquivos são baixados ao mesmo tempo; os outros aguardam na fila</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Preferred &amp;mirror:</source>
        <translation>&amp;Espelho preferido:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mirror a download tries first; when it fails, is missing the file or is far too slow, the file&apos;s other mirrors follow in page order</source>
        <translation>O espelho que um download tenta primeiro; quando ele falha, não tem o arquivo ou é lento demais, os outros espelhos do arquivo são usados na ordem da página</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Verify the MD5 after downloading</source>
        <translation>&amp;Verificar o MD5 após o download</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When off, files are kept even if they differ from the catalog&apos;s MD5, and are marked “not verified”</source>
        <translation>Desativado, os arquivos são mantidos mesmo que difiram do MD5 do catálogo e ficam marcados como “não verificado”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Changes apply to files queued from now on; the parallel limit applies at once.</source>
        <translation>As alterações valem para os arquivos adicionados à fila a partir de agora; o limite de downloads simultâneos vale na hora.</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="+36"/>
        <source>Automatic (page order)</source>
        <translation>Automático (ordem da página)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Download Folder</source>
        <translation>Pasta de download</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="-237"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Check for new ROMs at start, at most every</source>
        <translation>&amp;Procurar ROMs novas ao iniciar, no máximo a cada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetch Xiaomi Firmware Updater&apos;s feed of new ROMs when Firmware Browser starts (View → Refresh Catalog, F5, does it any time)</source>
        <translation>Buscar o feed de ROMs novas do Xiaomi Firmware Updater quando o Firmware Browser iniciar (Exibir → Atualizar catálogo, F5, faz isso a qualquer momento)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hours between automatic checks</source>
        <translation>Horas entre verificações automáticas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <extracomment>After the refresh interval: hours (&quot;24 h&quot;)</extracomment>
        <translation> h</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Feed:</source>
        <extracomment>The list of new ROMs (latest.yml) the catalog refresh reads</extracomment>
        <translation>&amp;Feed:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the feed of new ROMs (latest.yml) is fetched first</source>
        <translation>De onde o feed de ROMs novas (latest.yml) é buscado primeiro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fa&amp;llback:</source>
        <extracomment>A second address of the feed, tried when the first fails</extracomment>
        <translation>A&amp;lternativo:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the feed is fetched when the first address fails</source>
        <translation>De onde o feed é buscado quando o primeiro endereço falha</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>Phone</source>
        <translation>Celular</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;adb:</source>
        <translation>&amp;adb:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Android&apos;s adb program; empty finds it on PATH (Debian/Ubuntu: the adb package). On Windows and macOS, the adb of Android&apos;s platform-tools</source>
        <translation>O programa adb do Android; vazio, ele é procurado no PATH (Debian/Ubuntu: o pacote adb). No Windows e no macOS, o adb das platform-tools do Android</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B&amp;rowse…</source>
        <translation>P&amp;rocurar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;fastboot:</source>
        <translation>&amp;fastboot:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Android&apos;s fastboot program; empty finds it on PATH (Debian/Ubuntu: the fastboot package)</source>
        <translation>O programa fastboot do Android; vazio, ele é procurado no PATH (Debian/Ubuntu: o pacote fastboot)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bro&amp;wse…</source>
        <translation>Pr&amp;ocurar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Detect the &amp;phone when Firmware Browser starts</source>
        <translation>Detectar o &amp;celular quando o Firmware Browser iniciar</translation>
    </message>
    <message>
        <location filename="../src/gui/preferencesdialog.cpp" line="-117"/>
        <location line="+1"/>
        <source>Found on PATH</source>
        <translation>Encontrado no PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adb Program</source>
        <translation>Programa adb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fastboot Program</source>
        <translation>Programa fastboot</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Downloaded ROMs found here (and in the download folder) are verified and not downloaded again</source>
        <translation>As ROMs baixadas encontradas aqui (e na pasta de downloads) são verificadas e não são baixadas de novo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other folders with downloaded ROMs</source>
        <translation>Outras pastas com ROMs baixadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also look for &amp;ROMs in:</source>
        <translation>Procurar &amp;ROMs também em:</translation>
    </message>
    <message>
        <location filename="../ui/preferencesdialog.ui" line="-160"/>
        <source>Co&amp;nnections per file:</source>
        <translation>Co&amp;nexões por arquivo:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most this many connections for one file, spread over all of its mirrors; 1 downloads from one mirror at a time</source>
        <translation>No máximo estas conexões para um arquivo, distribuídas entre todos os seus espelhos; com 1 baixa de um espelho por vez</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connections per &amp;host:</source>
        <translation>Conexões por &amp;servidor:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At most this many connections to one mirror host; a host that refuses one more is kept at what it accepts</source>
        <translation>No máximo estas conexões com um mesmo servidor espelho; um servidor que recusa mais uma fica no número que aceita</translation>
    </message>
</context>
<context>
    <name>RangeConnection</name>
    <message>
        <location filename="../src/core/download/rangeconnection.cpp" line="+125"/>
        <source>the mirror no longer has the file (NoSuchKey)</source>
        <translation>o espelho não tem mais o arquivo (NoSuchKey)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>redirect (HTTP %1) without a usable Location</source>
        <translation>redirecionamento (HTTP %1) sem um Location utilizável</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected answer from the server (HTTP %1)</source>
        <translation>resposta inesperada do servidor (HTTP %1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no data for %1 s</source>
        <translation>sem dados por %1 s</translation>
    </message>
</context>
<context>
    <name>ReplyChecks</name>
    <message>
        <location filename="../src/core/download/replychecks.cpp" line="+51"/>
        <location line="+1"/>
        <source>the server refused the range (HTTP 416)</source>
        <translation>o servidor recusou o intervalo (HTTP 416)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the server&apos;s file has %1 bytes, expected %2</source>
        <translation>o arquivo do servidor tem %1 bytes, esperados %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server&apos;s file (%1) differs from the catalog (%2)</source>
        <translation>o arquivo do servidor (%1) difere do catálogo (%2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>unexpected HTTP status %1</source>
        <translation>status HTTP inesperado %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>the server sent the wrong range</source>
        <translation>o servidor enviou o intervalo errado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this mirror&apos;s file has another size</source>
        <translation>o arquivo deste espelho tem outro tamanho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this mirror&apos;s file has another size; starting over</source>
        <translation>o arquivo deste espelho tem outro tamanho; recomeçando</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>the file on the server changed</source>
        <translation>o arquivo no servidor mudou</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>this mirror has another file (ETag %1)</source>
        <translation>este espelho tem outro arquivo (ETag %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server does not send parts of the file</source>
        <translation>o servidor não envia partes do arquivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the mirror sent a web page instead of the file</source>
        <translation>o espelho enviou uma página da web em vez do arquivo</translation>
    </message>
</context>
<context>
    <name>RomAdvisor</name>
    <message>
        <location filename="../src/core/phone/romadvisor.cpp" line="+91"/>
        <source>This ROM is for %1 (%2), not for the connected phone, %3: flashing it can brick the phone.</source>
        <translation>Esta ROM é para %1 (%2), não para o celular conectado, %3: instalá-la pode inutilizar o celular.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ROM is for %1, the phone runs a %2 ROM: a region change needs an unlocked bootloader and a Fastboot ROM.</source>
        <translation>Esta ROM é para %1 e o celular usa uma ROM %2: a troca de região exige o bootloader desbloqueado e uma ROM Fastboot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Older than the installed %1: downgrades can be blocked or brick the phone when the anti-rollback index is higher; this phone reports anti = %2.</source>
        <translation>Mais antiga que a %1 instalada: o downgrade pode ser bloqueado ou inutilizar o celular quando o índice anti-rollback é maior; este celular informa anti = %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Older than the installed %1: downgrades can be blocked or brick the phone when the anti-rollback index is higher; check it first in fastboot mode (fastboot getvar anti).</source>
        <translation>Mais antiga que a %1 instalada: o downgrade pode ser bloqueado ou inutilizar o celular quando o índice anti-rollback é maior; confira-o antes no modo fastboot (fastboot getvar anti).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A Recovery ROM of the %1 branch, the phone runs %2: a Recovery ROM for a different branch may refuse to install or need a data wipe; a Fastboot ROM switches branches.</source>
        <extracomment>%1 and %2 are branch names (Stable, Weekly, Stable Beta…), which stay in English</extracomment>
        <translation>Uma ROM Recovery do ramo %1 e o celular usa %2: uma ROM Recovery de outro ramo pode se recusar a instalar ou exigir apagar os dados; uma ROM Fastboot troca de ramo.</translation>
    </message>
</context>
<context>
    <name>RomCardWidget</name>
    <message>
        <location filename="../src/gui/romcardwidget.cpp" line="+32"/>
        <source>%1 file %2</source>
        <translation>Arquivo %1 %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not published</source>
        <extracomment>Size of a firmware zip that only the site&apos;s download list names (it gives no size)</extracomment>
        <translation>Não publicado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>package name</source>
        <translation>nome do pacote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>firmware package name</source>
        <translation>nome do pacote de firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>MD5</source>
        <translation>MD5</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The website publishes no MD5 for vendor packages: a download of this file is not verified unless you give its MD5.</source>
        <translation>O site não publica MD5 para pacotes vendor: o download deste arquivo não é verificado a menos que você informe o MD5.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The website does not publish an MD5 for this file, so there is none to copy.</source>
        <translation>O site não publica um MD5 para este arquivo, então não há o que copiar.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Codename</source>
        <translation>Codinome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch</source>
        <extracomment>Field of a ROM card. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Ramo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Field of a ROM card. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release Date</source>
        <translation>Data de lançamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package Name</source>
        <translation>Nome do pacote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download</source>
        <extracomment>Field of a ROM card: its download links (a noun)</extracomment>
        <translation>Download</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changelog</source>
        <translation>Registro de alterações</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Firmware Package Name</source>
        <extracomment>Field of a firmware-only zip&apos;s card, as the website labels it</extracomment>
        <translation>Nome do pacote de firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updated</source>
        <extracomment>Field of a vendor package&apos;s card: its date, as the website&apos;s vendor list labels it</extracomment>
        <translation>Atualizado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mirror %1 — %2</source>
        <translation>Espelho %1 — %2</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>&amp;Download</source>
        <translation>&amp;Baixar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download %1</source>
        <translation>Baixar %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>download link</source>
        <translation>link de download</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The website lists no download link for this file.</source>
        <translation>O site não lista nenhum link de download para este arquivo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no download link to copy.</source>
        <translation>Não há link de download para copiar.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No download link published</source>
        <translation>Nenhum link de download publicado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open in &amp;Browser</source>
        <translation>Abrir no &amp;navegador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Download from the preferred mirror (Preferences), the others as fallbacks; the arrow picks a mirror</source>
        <translation>Baixar do espelho preferido (Preferências), com os outros como reserva; a seta escolhe um espelho</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>Warnings for the connected phone</source>
        <translation>Avisos para o celular conectado</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Open &amp;Folder</source>
        <translation>&amp;Abrir pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the folder of %1</source>
        <translation>Abrir a pasta de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inspect</source>
        <translation>&amp;Examinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the ROM holds: product, anti-rollback index, flash scripts, images</source>
        <translation>O que a ROM contém: produto, índice anti-rollback, scripts de flash, imagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtract</source>
        <translation>Desco&amp;mpactar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpack this Fastboot ROM next to it, ready for its flash scripts</source>
        <translation>Descompactar esta ROM Fastboot ao lado dela, pronta para os seus scripts de flash</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reading the ROM…</source>
        <translation>Lendo a ROM…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Anti-rollback index: %1</source>
        <translation>Índice anti-rollback: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run %1 to keep your data.</source>
        <translation>Execute %1 para manter os seus dados.</translation>
    </message>
</context>
<context>
    <name>RomExtractor</name>
    <message>
        <location filename="../src/core/flash/romextractor.cpp" line="-54"/>
        <location line="+77"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+77"/>
        <source>the archive is damaged or incomplete: %1</source>
        <translation>o pacote está danificado ou incompleto: %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>reserved name</source>
        <translation>nome reservado</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+38"/>
        <location line="+70"/>
        <location line="+24"/>
        <source>cannot create the folder %1</source>
        <translation>não foi possível criar a pasta %1</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>the link &apos;%1&apos; points at &apos;%2&apos;, which is not a file unpacked before it</source>
        <translation>o link “%1” aponta para “%2”, que não é um arquivo descompactado antes dele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot write %1</source>
        <translation>não foi possível gravar %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+14"/>
        <location line="+2"/>
        <location line="+3"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is a Recovery ROM: it is installed as it is, not unpacked</source>
        <translation>%1 é uma ROM Recovery: ela é instalada como está, sem descompactar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused to unpack %1: %2; nothing was written</source>
        <translation>descompactação de %1 recusada: %2; nada foi gravado</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>%1 already exists; remove it or choose another folder</source>
        <translation>%1 já existe; remova-a ou escolha outra pasta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not enough free space in %1: the ROM needs %2, %3 are free</source>
        <translation>espaço livre insuficiente em %1: a ROM precisa de %2 e há %3 livres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot write in %1: %2</source>
        <translation>não foi possível gravar em %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot rename the unpacked folder to %1</source>
        <translation>não foi possível renomear a pasta descompactada para %1</translation>
    </message>
</context>
<context>
    <name>RomInspectionView</name>
    <message>
        <location filename="../src/gui/rominspectionview.cpp" line="+61"/>
        <location line="+96"/>
        <source>Image</source>
        <extracomment>Column header: a partition image file inside a Fastboot ROM (boot.img, super.img)</extracomment>
        <translation>Imagem</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Size</source>
        <extracomment>Column header: the size of a file in bytes</extracomment>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Images in the ROM</source>
        <translation>Imagens da ROM</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (from %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none: the check is commented out in the scripts</source>
        <translation>nenhum: a verificação está comentada nos scripts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: the scripts do not check it</source>
        <translation>nenhum: os scripts não o verificam</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+44"/>
        <source>File</source>
        <extracomment>Label: the ROM file on disk that was read
----------
Column header: a file inside a Recovery ROM (payload.bin)</extracomment>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+6"/>
        <source>Kind</source>
        <extracomment>Label: which kind of ROM a file is (Fastboot or Recovery)</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Fastboot ROM (unpack it, then run one of its scripts in fastboot mode)</source>
        <translation>ROM Fastboot (descompacte-a e depois execute um dos scripts dela no modo fastboot)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder</source>
        <extracomment>Label: the folder a Fastboot ROM unpacks into</extracomment>
        <translation>Pasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery ROM with payload.bin (an A/B update; installed as it is)</source>
        <translation>ROM Recovery com payload.bin (uma atualização A/B; instalada como está)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recovery ROM (installed as it is)</source>
        <translation>ROM Recovery (instalada como está)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <extracomment>Label: the phone model code a ROM is built for (its &quot;product&quot;, as fastboot getvar product says)</extracomment>
        <translation>Produto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not stated</source>
        <translation>não informado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rollback index</source>
        <translation>Índice anti-rollback</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (recommended)</source>
        <translation>%1 (recomendado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scripts</source>
        <extracomment>Label: the flash scripts a Fastboot ROM ships (flash_all.sh, flash_all.bat, ...)</extracomment>
        <translation>Scripts</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unpacked size</source>
        <translation>Tamanho descompactado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This archive cannot be unpacked safely: %1</source>
        <translation>Este pacote não pode ser descompactado com segurança: %1</translation>
    </message>
</context>
<context>
    <name>RomInspector</name>
    <message>
        <location filename="../src/core/flash/rominspector.cpp" line="+108"/>
        <location line="+35"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+17"/>
        <location line="+8"/>
        <source>the archive is damaged or incomplete: %1</source>
        <translation>o pacote está danificado ou incompleto: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is a tar archive without Xiaomi&apos;s flash_all scripts: not a Fastboot ROM</source>
        <translation>%1 é um pacote tar sem os scripts flash_all da Xiaomi: não é uma ROM Fastboot</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the archive claims to unpack to over %1 times its size: a zip bomb, not a ROM</source>
        <translation>o pacote diz se descompactar em mais de %1 vezes o seu tamanho: uma bomba zip, não uma ROM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot read %1: %2</source>
        <translation>não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is a zip archive without OTA metadata, payload.bin or updater-script: not a Recovery ROM</source>
        <translation>%1 é um pacote zip sem metadados OTA, payload.bin ou updater-script: não é uma ROM Recovery</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not a file</source>
        <translation>%1 não é um arquivo</translation>
    </message>
</context>
<context>
    <name>RomOs</name>
    <message>
        <location filename="../src/core/catalog/xfupage.cpp" line="+45"/>
        <source>Firmware</source>
        <extracomment>The site&apos;s section of firmware-only zips (the phone&apos;s firmware partitions without the system)</extracomment>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vendor</source>
        <extracomment>The site&apos;s section of vendor packages (a phone&apos;s vendor partition, flashed under a custom ROM)</extracomment>
        <translation>Vendor</translation>
    </message>
</context>
<context>
    <name>RowMarksDelegate</name>
    <message>
        <location filename="../src/gui/rowmarksdelegate.cpp" line="+26"/>
        <location line="+30"/>
        <source>Installed</source>
        <extracomment>Badge of a version row: installed on the connected phone</extracomment>
        <translation>Instalada</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+31"/>
        <source>Newer</source>
        <extracomment>Badge of a version row: newer than the version on the connected phone</extracomment>
        <translation>Mais nova</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <extracomment>Badge of a row: new since the previous catalog refresh</extracomment>
        <translation>Nova</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Connected</source>
        <extracomment>Badge of a device row: this device is connected now</extracomment>
        <translation>Conectado</translation>
    </message>
</context>
<context>
    <name>SafeFileName</name>
    <message>
        <location filename="../src/core/util/safefilename.cpp" line="+11"/>
        <source>the file name is empty</source>
        <translation>o nome do arquivo está vazio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a file name</source>
        <translation>&apos;%1&apos; não é um nome de arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name &apos;%1&apos; contains &apos;..&apos;</source>
        <translation>o nome do arquivo &apos;%1&apos; contém &apos;..&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name is longer than 255 bytes</source>
        <translation>o nome do arquivo tem mais de 255 bytes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the file name contains a control character</source>
        <translation>o nome do arquivo contém um caractere de controle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file name &apos;%1&apos; contains &apos;%2&apos;, which is not allowed in file names</source>
        <translation>o nome do arquivo &apos;%1&apos; contém &apos;%2&apos;, que não é permitido em nomes de arquivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the file name &apos;%1&apos; starts with a space or ends with a dot or space</source>
        <translation>o nome do arquivo &apos;%1&apos; começa com espaço ou termina com ponto ou espaço</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is a reserved device name on Windows</source>
        <translation>&apos;%1&apos; é um nome de dispositivo reservado no Windows</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the file name &apos;%1&apos; leaves the download folder</source>
        <translation>o nome do arquivo &apos;%1&apos; sai da pasta de download</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../src/gui/singleinstance.cpp" line="+93"/>
        <source>The running Firmware Browser did not answer: %1</source>
        <translation>O Firmware Browser em execução não respondeu: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Another Firmware Browser is running.</source>
        <translation>Outro Firmware Browser já está em execução.</translation>
    </message>
</context>
<context>
    <name>VerifyFileDialog</name>
    <message>
        <location filename="../src/gui/verifyfiledialog.cpp" line="+32"/>
        <source>Verify File</source>
        <translation>Verificar arquivo</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Computing the MD5 of %1 (%2)…</source>
        <translation>Calculando o MD5 de %1 (%2)…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not read the file</source>
        <translation>Não foi possível ler o arquivo</translation>
    </message>
</context>
<context>
    <name>VerifyOutcome</name>
    <message>
        <location filename="../src/gui/verifyoutcome.cpp" line="+94"/>
        <source>Match — this is %1 of %2 (MD5 %3)</source>
        <translation>Confere — é %1 de %2 (MD5 %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match (MD5 %1)</source>
        <translation>Confere (MD5 %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mismatch — expected an MD5 starting with %1, got %2: do not flash this file</source>
        <translation>Não confere — esperado um MD5 começando com %1, obtido %2: não instale este arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mismatch — expected %1, got %2: do not flash this file</source>
        <translation>Não confere — esperado %1, obtido %2: não instale este arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefix match — the MD5 %1 starts with %2, the digits in the file name</source>
        <translation>Prefixo confere — o MD5 %1 começa com %2, os dígitos do nome do arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No checksum known — the MD5 of this file is %1</source>
        <translation>Nenhuma soma de verificação conhecida — o MD5 deste arquivo é %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file was renamed; its bytes are exactly the catalog&apos;s %1.</source>
        <translation>O arquivo foi renomeado; o conteúdo é exatamente o de %1 do catálogo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is complete and unchanged.</source>
        <translation>O arquivo está completo e inalterado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file differs from %1 of %2 in the catalog: it is damaged, incomplete or another build. Download it again.</source>
        <translation>O arquivo difere de %1 de %2 no catálogo: está danificado, incompleto ou é outra compilação. Baixe-o de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The MD5 digits in the file name do not match its bytes: it is damaged or incomplete. Download it again.</source>
        <translation>Os dígitos do MD5 no nome do arquivo não conferem com o conteúdo: ele está danificado ou incompleto. Baixe-o de novo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The catalog lists %1 of %2 without an MD5, so only the first 10 hex digits could be checked.</source>
        <translation>O catálogo lista %1 de %2 sem MD5, então só os 10 primeiros dígitos hexadecimais puderam ser conferidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not in the catalog, so only the first 10 hex digits could be checked.</source>
        <translation>O arquivo não está no catálogo, então só os 10 primeiros dígitos hexadecimais puderam ser conferidos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 is in the catalog without an MD5. Compare the MD5 above with a trusted source before flashing.</source>
        <translation>%1 de %2 está no catálogo sem MD5. Compare o MD5 acima com uma fonte confiável antes de instalar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not in the catalog. Compare the MD5 above with a trusted source before flashing.</source>
        <translation>O arquivo não está no catálogo. Compare o MD5 acima com uma fonte confiável antes de instalar.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Incomplete: the file is %1, %2 of %3 is %4. Download it again.</source>
        <translation>Incompleto: o arquivo tem %1 e %2 de %3 tem %4. Baixe-o de novo.</translation>
    </message>
</context>
<context>
    <name>VersionRequest</name>
    <message>
        <location filename="../src/gui/versionrequest.cpp" line="+75"/>
        <source>“%1” is not a link to xmfirmwareupdater.com.</source>
        <translation>“%1” não é um link para xmfirmwareupdater.com.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not a link to a device or version page of the website.</source>
        <translation>“%1” não é um link para uma página de dispositivo ou de versão do site.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+9"/>
        <source>Expected a codename and a version, or a link to a version page.</source>
        <translation>Esperava-se um codinome e uma versão, ou um link para uma página de versão.</translation>
    </message>
</context>
<context>
    <name>WhatsNewDialog</name>
    <message>
        <location filename="../src/gui/whatsnewdialog.cpp" line="+28"/>
        <source>What&apos;s New</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Branch</source>
        <extracomment>Column header. A ROM&apos;s release channel: Stable, Weekly, Stable Beta… (names stay in English)</extracomment>
        <translation>Ramo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <extracomment>Column header. How a ROM is installed: Recovery or Fastboot (names stay in English)</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Released</source>
        <extracomment>Column header: the release date</extracomment>
        <translation>Lançada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New ROM files</source>
        <translation>Arquivos de ROM novos</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No catalog refresh has brought a new file yet. Use View → Refresh Catalog (F5).</source>
        <translation>Nenhuma atualização do catálogo trouxe arquivos novos ainda. Use Exibir → Atualizar catálogo (F5).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>, %Ln for your devices (in bold)</source>
        <translation>
            <numerusform>, %Ln para seus dispositivos (em negrito)</numerusform>
            <numerusform>, %Ln para seus dispositivos (em negrito)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — first seen by the refresh of %2. Double-click a row to show it.</source>
        <translation>%1 — vistos pela primeira vez na atualização de %2. Clique duas vezes em uma linha para mostrá-la.</translation>
    </message>
</context>
<context>
    <name>XfuPageReader</name>
    <message>
        <location filename="../src/core/catalog/xfupagereader.cpp" line="+64"/>
        <source>the &quot;%1&quot; item is not closed (truncated page?)</source>
        <translation>o item “%1” não está fechado (página truncada?)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the &quot;%1&quot; item appears twice</source>
        <translation>o item “%1” aparece duas vezes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the download link &quot;%1&quot; is not an http(s) URL</source>
        <translation>o link de download “%1” não é uma URL http(s)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the &quot;%1&quot; field is missing</source>
        <translation>falta o campo “%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the &quot;%1&quot; field is empty</source>
        <translation>o campo “%1” está vazio</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the package name &quot;%1&quot; is not a plain file name</source>
        <translation>o nome do pacote “%1” não é um nome de arquivo simples</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the MD5 &quot;%1&quot; is neither 32 hex digits nor &quot;Unknown&quot;</source>
        <translation>o MD5 “%1” não tem 32 dígitos hexadecimais nem é “Unknown”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no Full ROM download link</source>
        <translation>não há link de download da Full ROM</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the changelog is missing or not closed (truncated page?)</source>
        <translation>o registro de alterações está ausente ou não está fechado (página truncada?)</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+74"/>
        <source>it is %1 bytes long; a version page is under %2 bytes</source>
        <translation>tem %1 bytes; uma página de versão tem menos de %2 bytes</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>it is binary data, not a version page</source>
        <translation>são dados binários, não uma página de versão</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is not valid UTF-8 text</source>
        <translation>não é um texto UTF-8 válido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has no front matter (the &quot;---&quot; block with title, codename and permalink)</source>
        <translation>não tem front matter (o bloco “---” com title, codename e permalink)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its permalink names &quot;%1&quot;, which is not a plain codename or version</source>
        <translation>o permalink cita “%1”, que não é um codinome ou versão simples</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>card %1: %2</source>
        <translation>cartão %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>it has no ROM cards</source>
        <translation>não tem cartões de ROM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot open it: %1</source>
        <translation>não é possível abri-lo: %1</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>a firmware card has a &quot;%1&quot; field</source>
        <translation>um cartão de firmware tem um campo &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the MD5 &quot;%1&quot; is not 32 hex digits</source>
        <translation>o MD5 &quot;%1&quot; não tem 32 dígitos hexadecimais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no firmware download button</source>
        <translation>não há botão de download do firmware</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the download button asks for &quot;%1&quot;, not the package &quot;%2&quot;</source>
        <translation>o botão de download pede &quot;%1&quot;, não o pacote &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>its permalink &quot;%1&quot; is not /&lt;miui|hyperos|firmware&gt;/&lt;codename&gt;/&lt;branch&gt;/&lt;version&gt;/</source>
        <translation>seu link permanente &quot;%1&quot; não é /&lt;miui|hyperos|firmware&gt;/&lt;codename&gt;/&lt;branch&gt;/&lt;version&gt;/</translation>
    </message>
</context>
<context>
    <name>YamlRecords</name>
    <message>
        <location filename="../src/core/feed/yamlrecords.cpp" line="+224"/>
        <source>not valid YAML (line %1, column %2): %3</source>
        <translation>YAML inválido (linha %1, coluna %2): %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="+24"/>
        <source>Firmware Browser</source>
        <translation>Firmware Browser</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Browse the Xiaomi Firmware Updater ROM catalog.</source>
        <translation>Navegue pelo catálogo de ROMs do Xiaomi Firmware Updater.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Device codename (gemini), or a link to a version page on xmfirmwareupdater.com.</source>
        <translation>Codinome do dispositivo (gemini) ou um link para uma página de versão em xmfirmwareupdater.com.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version to open (7.6.8).</source>
        <translation>Versão a abrir (7.6.8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A ROM file (.zip, .tgz) to verify against the catalog, or a saved version page (.html, .md) to import.</source>
        <translation>Um arquivo de ROM (.zip, .tgz) para verificar com o catálogo, ou uma página de versão salva (.html, .md) para importar.</translation>
    </message>
</context>
<context>
    <name>md5OfFile</name>
    <message>
        <location filename="../src/core/util/filedigest.cpp" line="+30"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
</TS>
